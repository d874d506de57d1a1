import Descent

/// Draws one landscape panel inside its frame: the surface and contour lines (which never
/// move), then runs, start points, ends and minima (which an animation draws per frame).
struct PanelPainter {
    let panel: PreparedPanel
    let g: GraphicsContext
    let t: Typography

    /// Runs with at most this many points show a dot at every step.
    static let stepDotLimit = 80

    /// Where runs are drawn: the panel inside its frame line, so no run covers the frame.
    var runArea: Rect { panel.transform.rect.inset(by: 0.55 * t.unit) }

    /// The surface raster, its contour lines and the gradient field.
    func paintSurface() throws {
        guard let backdrop = panel.backdrop else { return }
        let rect = panel.transform.rect
        g.save()
        g.clip(to: rect)
        let vectorBands = g.surface.isImage ? nil : backdrop.bands
        if vectorBands == nil, let image = backdrop.image { try g.drawImage(image, in: rect, identity: ObjectIdentifier(backdrop)) }
        // The backdrop's lines and bands are drawn from the panel's corner.
        g.translate(rect.minX, rect.minY)
        if let vectorBands { paintBands(vectorBands, width: rect.width, height: rect.height) }
        paintContourLines(backdrop)
        paintGradientField(backdrop)
        g.restore()
    }

    /// The panel's own runs, as a still figure shows them.
    func paintRuns() {
        paintRuns(panel.panel.runs) { _, run in paintPath(of: run, stepDots: run.points.count <= Self.stepDotLimit) }
    }

    /// `runs` drawn by `drawPath` (given each run's index and the run), then one circle per
    /// start, each run's end, and the minima (or every critical point) last, so a reference
    /// mark stays visible where runs end on it.
    func paintRuns(_ runs: [DrawnRun], drawPath: (Int, DrawnRun) -> Void) {
        g.save()
        g.clip(to: runArea)
        for (index, run) in runs.enumerated() { drawPath(index, run) }
        paintStarts(of: runs)
        for run in runs { paintEnd(of: run) }
        if panel.panel.criticalPoints.isEmpty {
            for minimum in panel.panel.minima where panel.panel.box.contains(minimum) {
                CriticalPointStyle(kind: .minimum, degenerate: false, t: t).draw(in: g, at: panel.transform.point(minimum))
            }
        }
        for point in panel.panel.criticalPoints where panel.panel.box.contains(point.position) {
            CriticalPointStyle(kind: point.kind, degenerate: point.degenerate, t: t).draw(in: g, at: panel.transform.point(point.position))
        }
        g.restore()
    }

    /// Filled bands as vector regions: the ground in the lowest band's colour, each higher band
    /// painted over the ones below it, so neighbouring bands share one edge and never a seam.
    private func paintBands(_ bands: [(color: RGB, rings: [[Point]])], width: Double, height: Double) {
        for (index, band) in bands.enumerated() {
            g.setColor(band.color)
            if index == 0 {
                g.rectangle(Rect(x: 0, y: 0, width: width, height: height))
            } else {
                for ring in band.rings { g.polygon(ring) }
            }
            g.fillEvenOdd()
        }
    }

    private func paintContourLines(_ backdrop: PanelBackdrop) {
        g.setColor(t.palette.contourLines)
        g.setLineWidth(0.7 * t.unit)
        for level in backdrop.contours { for line in level.lines { g.polyline(line) } }
        g.stroke()
    }
    /// −∇f in white over the surface: arrows with heads, their opacity growing with the slope,
    /// or streamlines with an arrowhead halfway along each.
    private func paintGradientField(_ backdrop: PanelBackdrop) {
        g.setLineWidth(1.1 * t.unit)
        for arrow in backdrop.arrows {
            g.setColor(t.palette.gradientField, alpha: 0.45 + 0.45 * arrow.strength)
            g.move(arrow.tail.x, arrow.tail.y)
            g.line(arrow.head.x, arrow.head.y)
            g.stroke()
            arrowhead(at: arrow.head, from: arrow.tail, size: 3.2 * t.unit)
        }
        g.setColor(t.palette.gradientField, alpha: 0.7)
        for line in backdrop.streamlines { g.polyline(line) }
        g.stroke()
        for line in backdrop.streamlines where line.count >= 3 {
            let middle = line.count / 2
            arrowhead(at: line[middle], from: line[middle - 1], size: 3.6 * t.unit)
        }
    }

    /// A filled arrowhead at `tip`, pointing away from `from`, in the current colour.
    private func arrowhead(at tip: Point, from: Point, size: Double) {
        let dx = tip.x - from.x, dy = tip.y - from.y
        let length = (dx * dx + dy * dy).squareRoot()
        guard length > 0 else { return }
        let ux = dx / length, uy = dy / length
        g.polygon([tip, Point(tip.x - size * (1.6 * ux - uy), tip.y - size * (1.6 * uy + ux)),
                   Point(tip.x - size * (1.6 * ux + uy), tip.y - size * (1.6 * uy - ux))])
        g.fill()
    }


    /// The whole path over its casing, clipped just outside the view, faded by `alpha`; with
    /// `stepDots`, a dot at every step inside the view.
    func paintPath(of run: DrawnRun, stepDots: Bool, alpha: Double = 1) {
        let transform = panel.transform
        // Clipped just outside the frame, so line joins at the border stay clean.
        let pieces = PolylineClipping.clip(run.points, to: transform.box.grown(by: 0.02))
        let style = RunStyle(color: run.color, t: t)
        style.strokePath(in: g, alpha: alpha) {
            for piece in pieces { g.polyline(piece.map(transform.point)) }
        }
        if stepDots {
            for p in run.points.dropFirst().dropLast() where panel.panel.box.contains(p) {
                Marker.circle.draw(in: g, at: transform.point(p), size: 2.4 * t.unit, fill: run.color,
                                   outline: t.palette.casing.color, outlineWidth: 0.8 * t.unit)
            }
        }
    }

    /// One paper-coloured circle per distinct start point.
    private func paintStarts(of runs: [DrawnRun]) {
        var drawn: [Vec2] = []
        for run in runs {
            guard let start = run.points.first, !drawn.contains(start), panel.panel.box.contains(start) else { continue }
            drawn.append(start)
            Marker.circle.draw(in: g, at: panel.transform.point(start), size: 6.5 * t.unit,
                               fill: t.palette.paper, outline: t.palette.ink, outlineWidth: 1.3 * t.unit)
        }
    }

    /// The last point as a filled circle when inside the view; a triangle at the frame where
    /// the path leaves the view, pointing the way it went.
    private func paintEnd(of run: DrawnRun) {
        let box = panel.panel.box
        for exit in exitMarks(of: run) {
            Marker.triangle(direction: exit.direction).draw(
                in: g, at: exit.point, size: 7 * t.unit, fill: run.color, outline: t.palette.ink, outlineWidth: 1 * t.unit)
        }
        if let last = run.points.last, box.contains(last), run.points.count > 1 {
            Marker.circle.draw(in: g, at: panel.transform.point(last), size: 5.5 * t.unit, fill: run.color,
                               outline: t.palette.ink, outlineWidth: 1.2 * t.unit)
        }
    }

    /// Where the exit triangles of `run` go, in pixels, and the way each points (y down).
    func exitMarks(of run: DrawnRun) -> [(point: Point, direction: Point)] {
        PolylineClipping.exits(run.points, from: panel.panel.box).map { exit in
            let p = panel.transform.point(exit.point)
            let direction = Point(exit.direction.x, -exit.direction.y)
            return (Point(p.x - direction.x * 6 * t.unit, p.y - direction.y * 6 * t.unit), direction)
        }
    }
}
