import Descent
import DescentRender

/// What the page learns with each figure: which render it is, what caused it, how long it
/// took, and where the figure's 2D panels are (for clicks that move a start point).
struct RenderInfo: Encodable, Sendable {
    /// A 2D panel: its rectangle in image pixels and the plane's box (x from, x to, y from, y to).
    struct Panel: Encodable, Sendable {
        var x, y, width, height: Double
        var box: [Double]

        init(_ placement: PanelPlacement) {
            x = placement.x
            y = placement.y
            width = placement.width
            height = placement.height
            box = [placement.box.x.lowerBound, placement.box.x.upperBound, placement.box.y.lowerBound, placement.box.y.upperBound]
        }
    }

    /// Frames and rate of the scene's animation.
    struct Animation: Encodable, Sendable {
        var frames: Int
        var fps: Double
    }

    /// Increases with every render.
    var id: Int
    /// `file` (the scene file was read) or `overrides` (a request's values).
    var source: String
    var milliseconds: Int
    var width: Int
    var height: Int
    var panels: [Panel]
    /// Nil when `descent animate` refuses the scene.
    var animation: Animation?

    init(id: Int, source: String, milliseconds: Int, figure: LiveFigure, scene: Scene) {
        self.id = id
        self.source = source
        self.milliseconds = milliseconds
        width = figure.width
        height = figure.height
        panels = figure.panels.map(Panel.init)
        let settings = scene.animation ?? AnimationSettings()
        animation = scene.refusal(for: .animate) == nil ? Animation(frames: settings.frames, fps: settings.fps) : nil
    }
}
