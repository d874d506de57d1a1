import Descent

/// Everything an animation draws, worked out once before the first frame: the figure laid
/// out with room for the widest live legend text, the runs, the step each frame shows, and
/// where the step counter goes.
struct AnimationPlan: Sendable {
    let prepared: PreparedFigure
    private(set) var runs: [AnimatedRun]
    /// The step frame k shows.
    let frameSteps: [Int]
    /// Updates of the longest run: the last frame's step.
    let totalSteps: Int
    let trail: Trail
    /// The step counter's box, in a corner of the panel that paths avoid.
    let counter: Rect
    let counterTextSize: Double

    /// The legend's text column that changes from frame to frame (after name and settings).
    static let liveColumn = 2

    /// The plan for animating `trajectories` (with their `outcomes`) over `figure`'s first
    /// panel (whose runs are the trajectories' drawn paths), at `settings`' size and frame
    /// count, measuring text with `measurer`.
    init(figure still: LandscapeFigure, trajectories: [Trajectory], outcomes: [Outcome], settings: AnimationSettings,
         measurer: GraphicsContext) {
        var figure = still
        figure.width = settings.width
        figure.height = settings.height
        // Animations show the 2D view, also of scenes drawn in 3D (`projection: 3d` or `both`).
        var flat = still.panels[0]
        flat.solid = nil
        figure.panels = [flat]
        figure.columns = 1
        let box = figure.panels[0].box
        runs = zip(zip(trajectories, outcomes), figure.panels[0].runs).map {
            AnimatedRun($0.0, outcome: $0.1, color: $1.color, view: box)
        }
        totalSteps = trajectories.map { $0.run.steps }.max() ?? 0
        frameSteps = FrameSteps.steps(frames: settings.frames, steps: totalSteps, easing: settings.easing)
        trail = settings.trail

        // Reserve the live column's width: each run's widest text over the frames.
        let t = Typography(width: figure.width, height: figure.height)
        let shownSteps = Array(Set(frameSteps))
        for (index, run) in runs.enumerated() where figure.legend.indices.contains(index) {
            let texts = Set(shownSteps.map(run.status(at:))).sorted { $0.count > $1.count }.prefix(4)
            let widest = texts.max { measurer.measure($0, size: t.legend).width < measurer.measure($1, size: t.legend).width }
            figure.legend[index].columns = Array(figure.legend[index].columns.prefix(Self.liveColumn)) + [widest ?? ""]
        }
        prepared = PreparedFigure(figure, measurer: measurer)
        for i in runs.indices { runs[i].simplify(for: prepared.panels[0].transform) }

        counterTextSize = t.subtitle
        let text = measurer.measure(Self.counterText(step: totalSteps, of: totalSteps), size: counterTextSize)
        let pad = 0.45 * t.gap
        let size = (width: text.width + 2 * pad, height: text.height + 2 * pad)
        counter = Self.emptiestCorner(of: PanelPainter(panel: prepared.panels[0], g: measurer, t: t).runArea,
                                      size: size, margin: 0.7 * t.gap, avoiding: prepared.panels[0], runs: runs)
    }

    /// `step 120 / 500`.
    static func counterText(step: Int, of total: Int) -> String { "step \(step) / \(total)" }

    /// The corner box of `size` inside `area` that covers the fewest points of the runs' whole
    /// paths, starts and minima; the first of top left, top right, bottom left, bottom right on a tie.
    private static func emptiestCorner(of area: Rect, size: (width: Double, height: Double), margin: Double,
                                       avoiding panel: PreparedPanel, runs: [AnimatedRun]) -> Rect {
        let left = area.minX + margin, right = area.maxX - margin - size.width
        let top = area.minY + margin, bottom = area.maxY - margin - size.height
        let corners = [(left, top), (right, top), (left, bottom), (right, bottom)].map {
            Rect(x: $0.0.rounded(), y: $0.1.rounded(), width: size.width.rounded(.up), height: size.height.rounded(.up))
        }
        let points = (runs.flatMap(\.points) + panel.panel.minima).map(panel.transform.point)
        let covered = corners.map { corner in
            let grown = corner.inset(by: -margin)
            return points.count { grown.contains($0) }
        }
        return corners[covered.indices.min { covered[$0] < covered[$1] }!]
    }
}
