import Descent
import DescentScene
import Foundation
@testable import DescentRender

/// Animations built from scene text for the tests, and their frames drawn in memory.
struct AnimationTesting {
    let scene: Scene
    let plan: AnimationPlan
    let background: PixelImage

    /// Gradient descent with `lr` on f = `formula` (x² + y² by default) from (1.6, 0), `steps`
    /// updates, one frame per step (frame k shows step k), `view` lines added to the view of
    /// [−2, 2]² and `extra` lines to the `animation:` block; frames of `size` pixels.
    static func bowl(lr: Double, steps: Int, formula: String = "x^2 + y^2", view: String = "",
                     extra: String = "", size: (Int, Int) = (400, 300)) throws -> AnimationTesting {
        try AnimationTesting(yaml: """
            surface:
              formula: "\(formula)"
            view:
              x: [-2, 2]
              y: [-2, 2]
            \(view.split(separator: "\n").map { "  \($0)" }.joined(separator: "\n"))
            start: [1.6, 0]
            steps: \(steps)
            runs:
              - optimizer: sgd
                lr: \(lr)
            output:
              name: bowl
            animation:
              frames: \(steps + 1)
              size: [\(size.0), \(size.1)]
            \(extra.split(separator: "\n").map { "  \($0)" }.joined(separator: "\n"))
            """)
    }

    init(yaml: String) throws {
        scene = try SceneLoader.parse(Data(yaml.utf8), file: "test.yaml")
        let analyses = ResolvedScene(scene).analyses
        let measurer = try GraphicsContext(CairoSurface.image(width: 1, height: 1))
        plan = AnimationPlan(figure: try LandscapeFigure(analyses: analyses), analyses: analyses, settings: scene.animation!,
                             measurer: measurer)
        background = try AnimationWriter.paintBackground(plan)
    }

    /// Frame `k` as `descent animate` draws it.
    func frame(_ k: Int) throws -> PixelImage {
        let canvas = try FrameCanvas(width: background.width, height: background.height)
        canvas.reset(to: background)
        try FramePainter(plan: plan, g: canvas.context).paint(frame: k)
        return canvas.surface.pixels()
    }

    /// The pixel of the point `p` of the plane.
    func pixel(_ p: Vec2) -> (x: Int, y: Int) {
        let q = plan.prepared.panels[0].transform.point(p)
        return (Int(q.x), Int(q.y))
    }

    /// A fresh directory under the system's temporary directory.
    static func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "descent-animate-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
