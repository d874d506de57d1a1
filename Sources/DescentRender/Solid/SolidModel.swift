import Descent

/// What a 3D panel shows, before any camera: the mesh, the colour of each cell, and the lines
/// and runs laid on the mesh or its floor, all in the box's normalized coordinates.
struct SolidModel {
    let mesh: HeightMesh
    let view: SolidView
    /// Colormap colour of each cell (row-major, `(columns − 1) × (rows − 1)`), nil where a
    /// node is missing; unlit.
    let cellColors: [RGB?]
    /// Unit normal of each cell, pointing up (z ≥ 0), in box coordinates; zero where missing.
    let cellNormals: [Vec3]
    /// Contour lines in the plane with their colours, drawn on the floor of the box.
    let floorContours: [(color: RGB, line: [Vec2])]
    /// Contour lines laid on the mesh.
    let surfaceContours: [[Vec3]]
    /// Grid lines laid on the mesh, about 20 each way.
    let wireframe: [[Vec3]]
    let runs: [SolidRun]
    /// Known minima inside the view, on the mesh.
    let minima: [Vec3]

    /// The model of `panel`'s surface seen as `view`, coloured by `mapping`; nil when the
    /// surface has no finite value in the view.
    init?(_ panel: LandscapePanel, view: SolidView, mapping: ColorMapping?, colormap: Colormap, filled: Bool) {
        guard let mesh = HeightMesh(surface: panel.surface, view: panel.box, resolution: view.resolution,
                                    scale: view.heightScale, shift: view.heightShift) else { return nil }
        self.mesh = mesh
        self.view = view
        let columns = mesh.columns, rows = mesh.rows
        let cells = (columns - 1) * (rows - 1)
        var colors = [RGB?](repeating: nil, count: cells)
        var normals = [Vec3](repeating: .zero, count: cells)
        let values = mesh.field.values
        for row in 0..<(rows - 1) {
            for column in 0..<(columns - 1) {
                let i = row * columns + column
                let corners = [i, i + 1, i + columns + 1, i + columns]
                guard corners.allSatisfy({ mesh.heights[$0].isFinite }) else { continue }
                let a = mesh.vertex(column, row), b = mesh.vertex(column + 1, row)
                let c = mesh.vertex(column + 1, row + 1), d = mesh.vertex(column, row + 1)
                var n = (c - a).cross(d - b).normalized
                if n.z < 0 { n = -n }
                normals[row * (columns - 1) + column] = n
                if let mapping {
                    let t = corners.reduce(0) { $0 + mapping.transformed(values[$1]) } / 4
                    colors[row * (columns - 1) + column] = colormap.color(at: mapping.shown(mapping.fraction(transformed: t), filled: filled))
                } else {
                    colors[row * (columns - 1) + column] = colormap.color(at: 0.5)
                }
            }
        }
        cellColors = colors
        cellNormals = normals

        var transformed = mesh.field
        if let mapping { transformed.values = Parallel.map(mesh.field.values, mapping.transformed) }
        let levels = mapping?.lineLevels ?? []
        let isolines = view.contours == .none ? [] : MarchingSquares.isolines(transformed, levels: levels)
        floorContours = !view.contours.onFloor ? [] : isolines.flatMap { isoline in
            let color = colormap.color(at: mapping?.fraction(transformed: isoline.level) ?? 0.5)
            return isoline.polylines.map { (color, $0) }
        }
        surfaceContours = view.contours.onSurface ? isolines.flatMap(\.polylines).map(mesh.drape) : []
        wireframe = view.wireframe ? Self.gridLines(mesh) : []
        runs = panel.runs.map { SolidRun($0, mesh: mesh) }
        minima = panel.minima.filter(panel.box.contains).map { mesh.box.point($0, z: mesh.height(at: $0)) }.filter(\.isFinite)
    }

    /// Every k-th row and column of nodes, k chosen for about 20 lines each way.
    private static func gridLines(_ mesh: HeightMesh) -> [[Vec3]] {
        func every(_ count: Int) -> [Int] {
            let k = max(1, Int((Double(count - 1) / 20).rounded()))
            return Array(stride(from: 0, to: count, by: k)) + ((count - 1) % k == 0 ? [] : [count - 1])
        }
        let alongX = every(mesh.rows).map { row in (0..<mesh.columns).map { mesh.vertex($0, row) } }
        let alongY = every(mesh.columns).map { column in (0..<mesh.rows).map { mesh.vertex(column, $0) } }
        return alongX + alongY
    }
}

/// A run laid on the mesh: its path cut to the view and draped, its steps, its start and end,
/// and where it leaves the view.
struct SolidRun {
    let run: DrawnRun
    let pieces: [[Vec3]]
    /// Every point inside the view, lifted onto the mesh.
    let steps: [Vec3]
    let start: Vec3?
    let end: Vec3?
    let exits: [(point: Vec3, direction: Vec2)]

    init(_ run: DrawnRun, mesh: HeightMesh) {
        self.run = run
        let view = mesh.field.box
        let lift = { (p: Vec2) in mesh.box.point(p, z: mesh.height(at: p)) }
        pieces = PolylineClipping.clip(run.points, to: view).map(mesh.drape)
        steps = run.points.filter(view.contains).map(lift)
        start = run.points.first.flatMap { view.contains($0) ? lift($0) : nil }
        end = run.points.count > 1 ? run.points.last.flatMap { view.contains($0) ? lift($0) : nil } : nil
        exits = PolylineClipping.exits(run.points, from: view).map { (lift($0.point), $0.direction) }
    }
}
