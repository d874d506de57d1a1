import Descent
import Foundation
import Synchronization

/// The frames `descent animate` draws for a scene, one at a time on request, for a live
/// preview's scrubber: the same plan, background and frame painter, each frame as a PNG.
public final class AnimationFrames: Sendable {
    /// Number of frames.
    public let count: Int
    /// Frames a second.
    public let fps: Double
    /// The step each frame shows, in order.
    public let steps: [Int]
    /// Frame width in pixels.
    public let width: Int
    /// Frame height in pixels.
    public let height: Int
    /// The 2D panels of the frames.
    public let panels: [PanelPlacement]
    private let plan: AnimationPlan
    private let background: PixelImage
    private let canvas: Mutex<FrameCanvas>

    /// The animation's frames; throws `animate`'s refusal for a scene it cannot animate.
    public init(_ resolved: ResolvedScene) throws {
        let settings: AnimationSettings
        (plan, settings) = try SceneAnimator.plan(resolved)
        background = try AnimationWriter.paintBackground(plan)
        canvas = Mutex(try FrameCanvas(width: settings.width, height: settings.height))
        count = settings.frames
        fps = settings.fps
        steps = plan.frameSteps
        width = settings.width
        height = settings.height
        panels = PanelPlacement.flatPanels(of: plan.prepared)
    }

    /// Frame `index` (0 ..< count) as a PNG file's bytes.
    public func png(_ index: Int) throws -> Data {
        precondition((0..<count).contains(index), "no frame \(index) of \(count)")
        return try canvas.withLock { canvas in
            canvas.reset(to: background)
            try FramePainter(plan: plan, g: canvas.context).paint(frame: index)
            return try canvas.withPixels { try PNGEncoder.encode($0, width: width, height: height) }
        }
    }
}
