import Descent
import DescentScene
import Foundation

/// libFuzzer entry: any bytes as a scene file must load or fail with a SceneError; a loaded
/// scene's runs are simulated briefly (steps capped) to reach the numeric code too.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScene(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Data(bytes: data, count: size)
    guard let scene = try? SceneLoader.parse(bytes, file: "fuzz.yaml") else { return 0 }
    let surface = scene.surface.makeSurface()
    for var run in scene.runs.prefix(4) {
        run.steps = min(run.steps, 50)
        _ = Simulator.simulate(run, on: surface)
    }
    _ = surface.value(at: Vec2(scene.view.box.x.lowerBound, scene.view.box.y.upperBound))
    return 0
}
