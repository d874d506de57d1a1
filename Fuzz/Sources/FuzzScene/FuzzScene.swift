import Descent
import DescentScene
import Foundation

/// libFuzzer entry: any bytes as a scene file must load or fail with a SceneError; a loaded
/// scene's runs are simulated briefly (steps capped) to reach the numeric code too.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScene(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Data(bytes: data, count: size)
    guard var scene = try? SceneLoader.parse(bytes, file: "fuzz.yaml"), !scene.surface.isLine else { return 0 }
    scene.view.resolution = min(scene.view.resolution, 9)
    let surface = ResolvedScene(scene, cache: TrainingCache()).landscapes[0].exact
    for var run in scene.runs.prefix(4) {
        run.steps = min(run.steps, 50)
        _ = Simulator.simulate(run, on: surface)
    }
    _ = surface.value(at: Vec2(scene.view.box.x.lowerBound, scene.view.box.y.upperBound))
    return 0
}
