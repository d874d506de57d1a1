import Descent

/// Draws a 3D panel: the box's far faces with their grid, contour lines on the floor, the
/// mesh, lines on the mesh and the labelled axes (which never move for a still camera), then
/// runs on the mesh where visible and the markers (which an animation draws per frame).
struct SolidPainter {
    let solid: PreparedSolid
    let g: GraphicsContext
    let t: Typography
    /// Draw the mesh as polygons, back to front (SVG, PDF), instead of the z-buffer raster (PNG).
    let polygons: Bool

    var frame: SolidFrame { solid.frame }

    /// The box, floor contours, mesh, lines on the mesh and axes.
    func paintSurface() throws {
        paintBox()
        paintFloorContours()
        if polygons { paintPolygons() } else { try g.drawImage(frame.raster.image(), in: frame.rect) }
        paintLinesOnMesh()
        paintAxes()
    }

    /// `runs` drawn by `drawPath` (given each run's index and the run), then one circle per
    /// visible start, each run's end, and the minima last, so a reference mark stays visible
    /// where runs end on it (as in 2D panels).
    func paintRuns(_ runs: [SolidRun], drawPath: (Int, SolidRun) -> Void) {
        for (index, run) in runs.enumerated() { drawPath(index, run) }
        paintStarts(of: runs)
        for run in runs { paintEnd(of: run) }
        for minimum in frame.model.minima where frame.isVisible(minimum) {
            CriticalPointStyle(kind: .minimum, degenerate: false, t: t).draw(in: g, at: frame.point(minimum))
        }
    }

    private func paintBox() {
        for pane in solid.axes.panes {
            g.polygon(pane)
            g.setColor(t.palette.pane)
            g.fill()
        }
        g.setColor(t.palette.paneGrid)
        g.setLineWidth(0.8 * t.unit)
        for (a, b) in solid.axes.gridLines {
            g.move(a.x, a.y)
            g.line(b.x, b.y)
        }
        g.stroke()
        g.setColor(t.palette.paneEdge)
        g.setLineWidth(0.8 * t.unit)
        for pane in solid.axes.panes { g.polygon(pane) }
        g.stroke()
    }

    private func paintFloorContours() {
        let box = frame.model.mesh.box, z = solid.axes.floorZ
        g.setLineWidth(0.9 * t.unit)
        for (color, line) in frame.model.floorContours {
            g.polyline(line.map { frame.point(box.point($0, z: z)) })
            g.setColor(color)
            g.stroke()
        }
    }

    /// Cells back to front, each grown by a third of a pixel (every edge moved outward, see
    /// `grown`) so that no seam of background shows between neighbours in a vector viewer: what
    /// a nearer cell's growth covers it would cover anyway, a farther cell's growth is covered
    /// by the nearer one. Growing instead of stroking halves the file: one fill per cell.
    private func paintPolygons() {
        let mesh = frame.model.mesh, cellColumns = mesh.columns - 1
        let growth = 0.35 * t.unit
        for cell in frame.paintOrder {
            guard let shade = frame.shades[cell] else { continue }
            let column = cell % cellColumns, row = cell / cellColumns
            let corners = [mesh.vertex(column, row), mesh.vertex(column + 1, row), mesh.vertex(column + 1, row + 1),
                           mesh.vertex(column, row + 1)].map(frame.point)
            g.polygon(Self.grown(corners, by: growth))
            g.setColor(shade)
            g.fill()
        }
    }

    /// The polygon with every edge moved `d` outward: each corner moves along the bisector of
    /// its edges' normals (a mitre), at most 3d, so the thin corners of slivers stay short.
    static func grown(_ p: [Point], by d: Double) -> [Point] {
        let n = p.count
        var area = 0.0
        for i in 0..<n { area += p[i].x * p[(i + 1) % n].y - p[(i + 1) % n].x * p[i].y }
        let outward = area >= 0 ? 1.0 : -1.0  // y points down: a positive area turns clockwise on screen
        func normal(_ a: Point, _ b: Point) -> Point {
            let ex = b.x - a.x, ey = b.y - a.y, length = (ex * ex + ey * ey).squareRoot()
            return length > 0 ? Point(outward * ey / length, -outward * ex / length) : Point(0, 0)
        }
        return (0..<n).map { i in
            let a = normal(p[(i + n - 1) % n], p[i]), b = normal(p[i], p[(i + 1) % n])
            let sum = Point(a.x + b.x, a.y + b.y)
            let cosine = a.x * b.x + a.y * b.y
            let k = min(d / max(1 + cosine, 1e-9), 3 * d / max((sum.x * sum.x + sum.y * sum.y).squareRoot(), 1e-9))
            return Point(p[i].x + k * sum.x, p[i].y + k * sum.y)
        }
    }

    private func paintLinesOnMesh() {
        g.setColor(t.palette.meshLines)
        g.setLineWidth(0.7 * t.unit)
        for line in frame.model.surfaceContours + frame.model.wireframe {
            for piece in frame.visiblePieces(line) { g.polyline(piece) }
        }
        g.stroke()
    }

    /// The visible parts of the path over its casing, faded by `alpha`; with `stepDots`, a dot
    /// at every visible step but the first and last.
    func paintPath(of run: SolidRun, stepDots: Bool, alpha: Double = 1) {
        let pieces = run.pieces.flatMap { frame.visiblePieces($0) }
        RunStyle(color: run.run.color, t: t).strokePath(in: g, alpha: alpha) {
            for piece in pieces { g.polyline(piece) }
        }
        if stepDots {
            for p in run.steps.dropFirst().dropLast() where frame.isVisible(p) {
                Marker.circle.draw(in: g, at: frame.point(p), size: 2.4 * t.unit, fill: run.run.color,
                                   outline: t.palette.casing.color, outlineWidth: 0.8 * t.unit)
            }
        }
    }

    /// One paper-coloured circle per distinct visible start point.
    private func paintStarts(of runs: [SolidRun]) {
        var drawn: [Vec3] = []
        for run in runs {
            guard let start = run.start, !drawn.contains(start), frame.isVisible(start) else { continue }
            drawn.append(start)
            Marker.circle.draw(in: g, at: frame.point(start), size: 6.5 * t.unit, fill: t.palette.paper,
                               outline: t.palette.ink, outlineWidth: 1.3 * t.unit)
        }
    }

    /// The last point as a filled circle; a triangle where the path leaves the view, pointing
    /// the way it went on screen.
    private func paintEnd(of run: SolidRun) {
        for exit in exitMarks(of: run) {
            Marker.triangle(direction: exit.direction).draw(
                in: g, at: exit.point, size: 7 * t.unit, fill: run.run.color, outline: t.palette.ink, outlineWidth: 1 * t.unit)
        }
        if let end = run.end, frame.isVisible(end) {
            Marker.circle.draw(in: g, at: frame.point(end), size: 5.5 * t.unit, fill: run.run.color,
                               outline: t.palette.ink, outlineWidth: 1.2 * t.unit)
        }
    }

    /// Where the exit triangles of `run` go, in pixels (where the path leaves the view; only
    /// where that is visible, unless `hidden`), and the way each points on screen (y down).
    func exitMarks(of run: SolidRun, hidden: Bool = false) -> [(point: Point, direction: Point)] {
        let box = frame.model.mesh.box
        return run.exits.compactMap { exit in
            guard hidden || frame.isVisible(exit.point) else { return nil }
            let p = frame.point(exit.point)
            // The direction of travel in the plane, as a short step in box units.
            let step = 0.05 * Vec3(exit.direction.x * 2 * box.halfWidth / box.view.width,
                                   exit.direction.y * 2 * box.halfDepth / box.view.height, 0).normalized
            let q = frame.point(exit.point + step)
            let length = ((q.x - p.x) * (q.x - p.x) + (q.y - p.y) * (q.y - p.y)).squareRoot()
            guard length > 1e-9 else { return nil }
            let d = Point((q.x - p.x) / length, (q.y - p.y) / length)
            return (Point(p.x - d.x * 6 * t.unit, p.y - d.y * 6 * t.unit), d)
        }
    }

    private func paintAxes() {
        let labels = SolidLabels(axes: solid.axes, typography: t, measurer: g)
        g.setColor(t.palette.ink)
        g.setLineWidth(1.1 * t.unit)
        for line in labels.edges + labels.tickMarks {
            g.move(line.from.x, line.from.y)
            g.line(line.to.x, line.to.y)
            g.stroke()
        }
        for text in labels.texts {
            g.text(text.text, at: text.center.x, text.center.y, size: text.size, horizontal: .center, vertical: .center,
                   angle: text.vertical ? -.pi / 2 : 0)
        }
    }
}
