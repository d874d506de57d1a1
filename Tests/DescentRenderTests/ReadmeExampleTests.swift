import Descent
import DescentRender
import DescentScene
import Foundation
import Testing

/// The library example of README.md, as written there (output into a temporary directory).
@Suite struct ReadmeExampleTests {
    @Test func libraryExampleRuns() throws {
        let surface = SurfaceCatalogue.entry(named: "rosenbrock")!.make()
        var adam = Optimizer(.adam)
        adam.hyperparameters.beta2 = 0.99
        let run = Run(optimizer: adam, lr: .constant(0.05), start: Vec2(-1.5, 2.5), steps: 500)
        let path = Simulator.simulate(run, on: surface)
        #expect(path.points.count == 501)
        #expect(path.losses.last! < path.losses.first!)  // Adam makes progress from f = 12.5

        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        let directory = NSTemporaryDirectory() + "readme-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let scene = try SceneLoader.load(path: root + "/scenes/rosenbrock-six.yaml")
        let resolved = ResolvedScene(scene)
        let written = try SceneRenderer.render(resolved, to: directory)
        #expect(written.map { ($0 as NSString).lastPathComponent } == ["rosenbrock-six.png", "rosenbrock-six.svg", "rosenbrock-six.pdf"])
        let animated = try SceneAnimator.animate(resolved, to: directory)
        #expect(animated.written.files.map { ($0 as NSString).lastPathComponent } == ["rosenbrock-six.gif"])
    }
}
