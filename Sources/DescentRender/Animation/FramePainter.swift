import Descent

/// Draws what moves in one frame over the static background: the runs up to the frame's
/// step with a marker at each head (on the mesh of 3D panels, hidden where the surface is in
/// front), divergence tags, the step counter and the live legend column; with a moving
/// camera, first the 3D panels themselves as that frame's camera sees them.
struct FramePainter {
    let plan: AnimationPlan
    let g: GraphicsContext
    private var t: Typography { plan.prepared.typography }

    /// Fading trails are drawn in this many pieces, from faint to opaque.
    static let fadeLevels = 6

    func paint(frame: Int) throws {
        let step = plan.frameSteps[frame]
        let prepared = plan.prepared(frame: frame)
        let figure = FigurePainter(prepared: prepared, g: g)
        for (index, panel) in prepared.panels.enumerated() {
            if let solid = panel.solid {
                try paintSolid(solid, painter: figure.solidPainter(solid), runs: plan.runs[index], fixed: plan.fixedPaths[index],
                               step: step, tagged: index == plan.mainPanel)
            } else if panel.panel.solid == nil {
                paintFlat(panel, runs: plan.runs[index], fixed: plan.fixedPaths[index], step: step, tagged: index == plan.mainPanel)
            }
        }
        paintCounter(step: step)
        for index in plan.liveEntries {
            figure.paintLegendText(plan.runs[0][index].status(at: step), entry: index, column: AnimationPlan.liveColumn)
        }
        try g.checkStatus()
    }

    /// `runs` of a 2D panel up to `step`, and the `fixed` paths whole; with `tagged`, a tag
    /// where each diverged run left.
    private func paintFlat(_ prepared: PreparedPanel, runs: [AnimatedRun], fixed: [DrawnRun], step: Int, tagged: Bool) {
        let panel = PanelPainter(panel: prepared, g: g, t: t.insidePanel)
        let drawn = runs.map { run in
            DrawnRun(label: "", color: run.color,
                     points: plan.trail == .full ? run.simplifiedPath(at: step) : run.path(at: step))
        }
        panel.paintRuns(drawn + fixed) { index, run in
            guard index < runs.count else {
                return panel.paintPath(of: run, stepDots: run.points.count <= PanelPainter.stepDotLimit)
            }
            switch plan.trail {
            case .full: panel.paintPath(of: run, stepDots: runs[index].stepDots)
            case let .fading(tail):
                for (piece, alpha) in Self.fadingPieces(run.points, tail: tail) {
                    panel.paintPath(of: DrawnRun(label: "", color: run.color, points: piece), stepDots: false, alpha: alpha)
                }
            }
        }
        guard tagged else { return }
        for (run, path) in zip(runs, drawn) {
            guard let d = run.diverged, step >= d else { continue }
            let mark = panel.exitMarks(of: path).last.map { ($0.point, $0.direction) }
                ?? path.points.last.map { (prepared.transform.point($0), Point(0, -1)) }
            if let (anchor, direction) = mark {
                paintTag(run.status(at: step), near: anchor, direction: direction, color: run.color, inside: panel.runArea)
            }
        }
    }

    /// A 3D panel's `runs` up to `step` and its `fixed` paths whole, laid on its mesh (after
    /// the mesh itself when the camera moves); with `tagged`, a tag where each diverged run
    /// left the view.
    private func paintSolid(_ solid: PreparedSolid, painter: SolidPainter, runs animated: [AnimatedRun], fixed: [DrawnRun],
                            step: Int, tagged: Bool) throws {
        if plan.cameraMoves { try painter.paintSurface() }
        let mesh = solid.model.mesh
        let runs = animated.map { SolidRun(DrawnRun(label: "", color: $0.color, points: $0.path(at: step)), mesh: mesh) }
        painter.paintRuns(runs + fixed.map { SolidRun($0, mesh: mesh) }) { index, run in
            guard index < runs.count else {
                return painter.paintPath(of: run, stepDots: run.run.points.count <= PanelPainter.stepDotLimit)
            }
            switch plan.trail {
            case .full: painter.paintPath(of: run, stepDots: animated[index].stepDots)
            case let .fading(tail):
                for (piece, alpha) in Self.fadingPieces(run.run.points, tail: tail) {
                    painter.paintPath(of: SolidRun(DrawnRun(label: "", color: run.run.color, points: piece), mesh: mesh),
                                      stepDots: false, alpha: alpha)
                }
            }
        }
        guard tagged else { return }
        for (run, laid) in zip(animated, runs) {
            guard let d = run.diverged, step >= d else { continue }
            // Where it left the view, even behind a hill: the tag is drawn over everything.
            let mark = painter.exitMarks(of: laid, hidden: true).last.map { ($0.point, $0.direction) }
                ?? laid.steps.last.map { (solid.frame.point($0), Point(0, -1)) }
            if let (anchor, direction) = mark {
                paintTag(run.status(at: step), near: anchor, direction: direction, color: run.color, inside: solid.frame.rect)
            }
        }
    }

    /// The last `tail` steps of the path through `points`, cut into `fadeLevels` pieces, each
    /// with its opacity, oldest (faintest) first.
    static func fadingPieces(_ points: [Vec2], tail: Int) -> [(points: [Vec2], alpha: Double)] {
        let last = points.count - 1
        let first = max(0, last - tail)
        guard last > first else { return [] }
        return (0..<fadeLevels).compactMap { level in
            let from = first + (last - first) * level / fadeLevels
            let to = first + (last - first) * (level + 1) / fadeLevels
            return to > from ? (Array(points[from...to]), Double(level + 1) / Double(fadeLevels)) : nil
        }
    }

    /// `text` in a paper-coloured box edged in `color`, beside `anchor` (where a path left the view or
    /// ended): back along `direction` (the way the path went, y down) and off to the side, so
    /// the box covers neither the mark nor the path; kept inside `area`.
    private func paintTag(_ text: String, near anchor: Point, direction d: Point, color: RGB, inside area: Rect) {
        let size = t.legend
        let m = g.measure(text, size: size)
        let pad = 0.4 * t.gap
        let width = m.width + 2 * pad, height = m.height + 2 * pad
        // The side (perpendicular to the path) with more room in the panel.
        var n = Point(-d.y, d.x)
        if n.x * (area.midX - anchor.x) + n.y * (area.midY - anchor.y) < 0 { n = Point(-n.x, -n.y) }
        let along = 0.5 * (abs(d.x) * width + abs(d.y) * height) + 4 * t.unit
        let across = 0.5 * (abs(n.x) * width + abs(n.y) * height) + 10 * t.unit
        var x = anchor.x - d.x * along + n.x * across - width / 2
        var y = anchor.y - d.y * along + n.y * across - height / 2
        x = min(max(x, area.minX + 2), area.maxX - 2 - width)
        y = min(max(y, area.minY + 2), area.maxY - 2 - height)
        let box = Rect(x: x, y: y, width: width, height: height)
        g.setColor(t.palette.paper, alpha: 0.9)
        g.rectangle(box)
        g.fillPreserve()
        g.setColor(color)
        g.setLineWidth(1.4 * t.unit)
        g.stroke()
        g.setColor(t.palette.ink)
        g.text(text, at: box.minX + pad, box.midY, size: size, vertical: .center)
    }

    /// `step 120 / 500`, light text on a dark box.
    private func paintCounter(step: Int) {
        g.setColor(t.palette.counterBox)
        g.rectangle(plan.counter)
        g.fill()
        g.setColor(t.palette.counterText)
        g.text(AnimationPlan.counterText(step: step, of: plan.totalSteps), at: plan.counter.midX, plan.counter.midY,
               size: plan.counterTextSize, horizontal: .center, vertical: .center)
    }
}
