import Descent

/// Everything an animation draws, worked out once before the first frame: the figure laid
/// out with room for the widest live legend text, the runs, the step (and camera) each frame
/// shows, and where the step counter goes.
struct AnimationPlan: Sendable {
    /// The figure, its 3D panels seen by the first frame's camera.
    let prepared: PreparedFigure
    /// Per panel: the runs it animates (those of its variant), in legend order.
    private(set) var runs: [[AnimatedRun]]
    /// Per panel: paths drawn whole in every frame (its variant's training paths).
    let fixedPaths: [[DrawnRun]]
    /// The legend's live column follows the runs (one variant); with several variants the
    /// legend names runs and settings only, as the still figure's does.
    let liveLegend: Bool
    /// The step frame k shows.
    let frameSteps: [Int]
    /// The camera of 3D panels in frame k; nil when the camera stays still.
    let cameras: [Camera]?
    /// The image-plane rectangle every frame of a moving camera fits into its panel.
    let fit: Rect?
    /// Updates of the longest run: the last frame's step.
    let totalSteps: Int
    let trail: Trail
    /// The panel that carries the step counter and divergence tags: the 2D one when there is one.
    let mainPanel: Int
    /// The step counter's box, in a corner of the main panel that paths avoid.
    let counter: Rect
    let counterTextSize: Double

    /// The legend's text column that changes from frame to frame (after name and settings).
    static let liveColumn = 2

    /// The plan for animating the runs of `analyses` (one per panel variant, each with its
    /// trajectories and outcomes) over `figure`, the still figure of those analyses (its
    /// panels, 2D, 3D or both per variant, show the trajectories' drawn paths, then the
    /// variant's training paths), at `settings`' size, frames and camera motion, measuring
    /// text with `measurer`.
    init(figure still: LandscapeFigure, analyses: [SceneAnalysis], settings: AnimationSettings, measurer: GraphicsContext) {
        var figure = still
        figure.width = settings.width
        figure.height = settings.height
        let box = figure.panels[0].box
        let panelsPerVariant = figure.panels.count / analyses.count
        var runs: [[AnimatedRun]] = [], fixed: [[DrawnRun]] = []
        for (index, panel) in figure.panels.enumerated() {
            let analysis = analyses[index / panelsPerVariant]
            let count = analysis.trajectories.count
            runs.append(zip(zip(analysis.trajectories, analysis.outcomes), panel.runs.prefix(count)).map {
                AnimatedRun($0.0, outcome: $0.1, color: $1.color, view: box, quantity: figure.valueLabel)
            })
            fixed.append(Array(panel.runs.dropFirst(count)))
        }
        fixedPaths = fixed
        liveLegend = analyses.count == 1
        totalSteps = analyses.flatMap(\.trajectories).map(\.run.steps).max() ?? 0
        let timeline = AnimationTimeline(settings, steps: totalSteps)
        frameSteps = timeline.steps
        trail = settings.trail
        let cameras = figure.panels.compactMap(\.solid).first.flatMap { view in
            settings.camera.flatMap { motion in timeline.cameraFractions?.map { motion.camera(at: $0, base: view.camera) } }
        }
        self.cameras = cameras
        fit = cameras.flatMap { PreparedSolid.fit(box: SolidBox(view: box), cameras: $0) }
        // Lay 3D panels out for the camera that needs the tallest panel; all frames fit it.
        if let tallest = cameras?.max(by: { PreparedSolid.aspect(box: box, camera: $0) < PreparedSolid.aspect(box: box, camera: $1) }) {
            for i in figure.panels.indices { figure.panels[i].solid?.camera = tallest }
        }

        // Reserve the live column's width: each run's widest text over the frames.
        let t = PreparedFigure.typography(for: figure)
        let shownSteps = Array(Set(frameSteps))
        for (index, run) in runs[0].enumerated() where liveLegend && figure.legend.indices.contains(index) {
            let texts = Set(shownSteps.map(run.status(at:))).sorted { $0.count > $1.count }.prefix(4)
            let widest = texts.max { measurer.measure($0, size: t.legend).width < measurer.measure($1, size: t.legend).width }
            figure.legend[index].columns = Array(figure.legend[index].columns.prefix(Self.liveColumn)) + [widest ?? ""]
        }
        let prepared = PreparedFigure(figure, measurer: measurer)
        self.prepared = prepared
        let main = prepared.panels.firstIndex { $0.panel.solid == nil } ?? 0
        mainPanel = main
        for (p, panel) in prepared.panels.enumerated() where panel.panel.solid == nil {
            for i in runs[p].indices { runs[p][i].simplify(for: panel.transform) }
        }
        self.runs = runs

        counterTextSize = t.subtitle
        let text = measurer.measure(Self.counterText(step: totalSteps, of: totalSteps), size: counterTextSize)
        let pad = 0.45 * t.gap
        let size = (width: text.width + 2 * pad, height: text.height + 2 * pad)
        let panel = prepared.panels[main]
        let area = panel.panel.solid == nil ? PanelPainter(panel: panel, g: measurer, t: t).runArea : panel.transform.rect
        let avoided = if let solid = panel.solid {
            Self.inkedPoints(of: solid, cameras: cameras, fit: fit)
        } else {
            (runs[main].flatMap(\.points) + panel.panel.minima).map(panel.transform.point)
        }
        counter = Self.emptiestCorner(of: area, size: size, margin: 0.7 * t.gap, avoiding: avoided)
    }

    /// The legend lines whose live column frames draw: the first variant's runs, when live.
    var liveEntries: Range<Int> { 0..<(liveLegend ? runs[0].count : 0) }

    /// True when 3D panels are drawn anew in every frame.
    var cameraMoves: Bool { cameras != nil }

    /// The figure as frame `k` shows it: its 3D panels seen by that frame's camera.
    func prepared(frame k: Int) -> PreparedFigure {
        guard let cameras else { return prepared }
        return prepared.seen(by: cameras[k], fittedTo: fit)
    }

    /// `step 120 / 500`.
    static func counterText(step: Int, of total: Int) -> String { "step \(step) / \(total)" }

    /// The corner box of `size` inside `area` that covers the fewest of `points`; the first
    /// of top left, top right, bottom left, bottom right on a tie.
    private static func emptiestCorner(of area: Rect, size: (width: Double, height: Double), margin: Double,
                                       avoiding points: [Point]) -> Rect {
        let left = area.minX + margin, right = area.maxX - margin - size.width
        let top = area.minY + margin, bottom = area.maxY - margin - size.height
        let corners = [(left, top), (right, top), (left, bottom), (right, bottom)].map {
            Rect(x: $0.0.rounded(), y: $0.1.rounded(), width: size.width.rounded(.up), height: size.height.rounded(.up))
        }
        let covered = corners.map { corner in
            let grown = corner.inset(by: -margin)
            return points.count { grown.contains($0) }
        }
        return corners[covered.indices.min { covered[$0] < covered[$1] }!]
    }

    /// Where a 3D panel has ink, for up to 24 of `cameras` (or its own camera), fitted to
    /// `fit`: the runs' steps and the minima on the mesh, and the box's edges with the room
    /// for their tick labels and titles (each edge point, and the point the panel's label
    /// room farther out from the box's centre on screen).
    private static func inkedPoints(of solid: PreparedSolid, cameras: [Camera]?, fit: Rect?) -> [Point] {
        let box = solid.model.mesh.box, rect = solid.frame.rect
        var chosen = [solid.frame.projection.camera]
        if let cameras {
            let count = min(24, cameras.count)
            chosen = (0..<count).map { cameras[$0 * (cameras.count - 1) / max(1, count - 1)] }
        }
        let marks = solid.model.runs.flatMap(\.steps) + solid.model.minima
        let corners = [(-1.0, -1.0), (1, -1), (1, 1), (-1, 1)]
        var edges: [Vec3] = []
        for (k, (x, y)) in corners.enumerated() {
            let (nx, ny) = corners[(k + 1) % 4]
            for t in stride(from: 0.0, through: 1, by: 0.125) {
                for z in [-1.0, 1] { edges.append(box.corner(x + t * (nx - x), y + t * (ny - y), z)) }
                edges.append(box.corner(x, y, 2 * t - 1))
            }
        }
        return chosen.flatMap { camera -> [Point] in
            let place = SolidPlacement(box: box, camera: camera, rect: rect, inset: solid.inset, fit: fit)
            let centre = place.point(.zero)
            return marks.map(place.point) + edges.flatMap { edge -> [Point] in
                let p = place.point(edge)
                let dx = p.x - centre.x, dy = p.y - centre.y, length = max((dx * dx + dy * dy).squareRoot(), 1e-9)
                return [p, Point(p.x + solid.inset * dx / length, p.y + solid.inset * dy / length)]
            }
        }
    }
}
