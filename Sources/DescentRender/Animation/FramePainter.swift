import Descent

/// Draws what moves in one frame over the static background: the runs up to the frame's
/// step with a marker at each head, divergence tags, the step counter and the live legend column.
struct FramePainter {
    let plan: AnimationPlan
    let g: GraphicsContext
    private var t: Typography { plan.prepared.typography }

    /// Fading trails are drawn in this many pieces, from faint to opaque.
    static let fadeLevels = 6

    func paint(frame: Int) throws {
        let step = plan.frameSteps[frame]
        let panel = PanelPainter(panel: plan.prepared.panels[0], g: g, t: t)
        let drawn = plan.runs.map { run in
            DrawnRun(label: "", color: run.color,
                     points: plan.trail == .full ? run.simplifiedPath(at: step) : run.path(at: step))
        }
        panel.paintRuns(drawn) { index, run in
            switch plan.trail {
            case .full: panel.paintPath(of: run, stepDots: plan.runs[index].stepDots)
            case let .fading(tail): paintFading(run, tail: tail, panel: panel)
            }
        }
        for (run, path) in zip(plan.runs, drawn) {
            guard let d = run.diverged, step >= d else { continue }
            let transform = plan.prepared.panels[0].transform
            let mark = panel.exitMarks(of: path).last.map { ($0.point, $0.direction) }
                ?? path.points.last.map { (transform.point($0), Point(0, -1)) }
            if let (anchor, direction) = mark {
                paintTag("diverged at step \(d)", near: anchor, direction: direction, color: run.color, inside: panel.runArea)
            }
        }
        paintCounter(step: step)
        let legend = FigurePainter(prepared: plan.prepared, g: g)
        for (index, run) in plan.runs.enumerated() {
            legend.paintLegendText(run.status(at: step), entry: index, column: AnimationPlan.liveColumn)
        }
        try g.checkStatus()
    }

    /// The last `tail` steps of `run`, older pieces fainter.
    private func paintFading(_ run: DrawnRun, tail: Int, panel: PanelPainter) {
        let last = run.points.count - 1
        let first = max(0, last - tail)
        guard last > first else { return }
        let transform = plan.prepared.panels[0].transform
        let style = RunStyle(color: run.color, t: t)
        for level in 0..<Self.fadeLevels {
            let from = first + (last - first) * level / Self.fadeLevels
            let to = first + (last - first) * (level + 1) / Self.fadeLevels
            guard to > from else { continue }
            let pieces = PolylineClipping.clip(Array(run.points[from...to]), to: transform.box.grown(by: 0.02))
            style.strokePath(in: g, alpha: Double(level + 1) / Double(Self.fadeLevels)) {
                for piece in pieces { g.polyline(piece.map(transform.point)) }
            }
        }
    }

    /// `text` in a white box edged in `color`, beside `anchor` (where a path left the view or
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
        g.setColor(FigurePainter.white, alpha: 0.9)
        g.rectangle(box)
        g.fillPreserve()
        g.setColor(color)
        g.setLineWidth(1.4 * t.unit)
        g.stroke()
        g.setColor(FigurePainter.ink)
        g.text(text, at: box.minX + pad, box.midY, size: size, vertical: .center)
    }

    /// `step 120 / 500`, white on a dark box.
    private func paintCounter(step: Int) {
        g.setColor(RGB(hex: 0x000000), alpha: 0.62)
        g.rectangle(plan.counter)
        g.fill()
        g.setColor(FigurePainter.white)
        g.text(AnimationPlan.counterText(step: step, of: plan.totalSteps), at: plan.counter.midX, plan.counter.midY,
               size: plan.counterTextSize, horizontal: .center, vertical: .center)
    }
}
