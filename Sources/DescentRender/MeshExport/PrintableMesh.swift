import Descent

/// A triangle mesh ready for a file: vertices in millimetres, triangles wound counter-clockwise
/// seen from outside (normals point out), a colour per vertex.
///
/// The surface keeps the 3D view's proportions: the longer side of the view is `size` mm, the
/// heights span 0.75 of it. A watertight mesh adds walls from the edge of the surface down to a
/// flat base `size`/20 below its lowest point, closed underneath, so it can be printed: every
/// edge is then shared by exactly two triangles.
struct PrintableMesh {
    var vertices: [Vec3]
    var colors: [RGB]
    var triangles: [(Int, Int, Int)]
    /// Runs laid on the surface, in millimetres, each a name, a colour and its pieces inside the
    /// view (OBJ writes them as lines; the other formats hold surfaces only).
    var paths: [(name: String, color: RGB, pieces: [[Vec3]])] = []
    /// Millimetres of a point in the box's units.
    let millimetres: @Sendable (Vec3) -> Vec3

    /// The mesh of `mesh`, coloured through `colormap` by `mapping`; throws when a node of the
    /// surface is not finite (a hole cannot be printed or exported whole).
    init(_ mesh: HeightMesh, mapping: ColorMapping, colormap: Colormap, size: Double = 100, watertight: Bool) throws {
        if let hole = mesh.heights.firstIndex(where: { !$0.isFinite }) {
            let x = mesh.field.x(column: hole % mesh.columns), y = mesh.field.y(row: hole / mesh.columns)
            throw RenderError("the surface is not finite at (\(NumberFormat.short(x)), \(NumberFormat.short(y))); narrow the view")
        }
        let unit = size / 2  // millimetres per box unit: the longer side spans 2 units
        let box = mesh.box
        let toMillimetres: @Sendable (Vec3) -> Vec3 = { p in
            Vec3(unit * (p.x + box.halfWidth), unit * (p.y + box.halfDepth), unit * (p.z + SolidBox.halfHeight))
        }
        millimetres = toMillimetres
        let columns = mesh.columns, rows = mesh.rows
        vertices = []
        colors = []
        for row in 0..<rows {
            for column in 0..<columns {
                vertices.append(toMillimetres(mesh.vertex(column, row)))
                colors.append(colormap.color(at: mapping.fraction(mesh.field[column, row])))
            }
        }
        triangles = []
        for row in 0..<(rows - 1) {
            for column in 0..<(columns - 1) {
                let a = row * columns + column, b = a + 1, c = a + columns + 1, d = a + columns
                triangles.append((a, b, c))
                triangles.append((a, c, d))
            }
        }
        if watertight { addBase(columns: columns, rows: rows, depth: size / 20) }
    }

    /// Adds `runs` laid on `mesh` (cut to the view, draped onto the triangulation).
    mutating func addPaths(_ runs: [DrawnRun], on mesh: HeightMesh) {
        paths = runs.map { run in
            (run.label, run.color, PolylineClipping.clip(run.points, to: mesh.box.view).map { mesh.drape($0).map(millimetres) })
        }
    }

    /// Walls from the boundary down to a base `depth` below z = 0, and the base as a fan
    /// around its centre.
    private mutating func addBase(columns: Int, rows: Int, depth: Double) {
        // The boundary counter-clockwise seen from above: along the bottom row, up the right
        // column, back along the top row, down the left column.
        let ring = (0..<(columns - 1)).map { $0 } + (0..<(rows - 1)).map { $0 * columns + columns - 1 }
            + (0..<(columns - 1)).map { (rows - 1) * columns + columns - 1 - $0 } + (0..<(rows - 1)).map { (rows - 1 - $0) * columns }
        let below = ring.map { top -> Int in
            vertices.append(Vec3(vertices[top].x, vertices[top].y, -depth))
            colors.append(colors[top])
            return vertices.count - 1
        }
        let centre = vertices.count
        vertices.append(Vec3((vertices[0].x + vertices[ring[columns - 1]].x) / 2,
                             (vertices[0].y + vertices[ring[columns + rows - 2]].y) / 2, -depth))
        colors.append(colors[0])
        for k in ring.indices {
            let next = (k + 1) % ring.count
            let p = ring[k], q = ring[next], pb = below[k], qb = below[next]
            triangles.append((p, pb, qb))
            triangles.append((p, qb, q))
            triangles.append((centre, qb, pb))
        }
    }

    /// The unit normal of each triangle (zero for a degenerate one).
    var faceNormals: [Vec3] {
        triangles.map { a, b, c in (vertices[b] - vertices[a]).cross(vertices[c] - vertices[a]).normalized }
    }

    /// Each vertex's normal: the area-weighted mean of its triangles' normals.
    var vertexNormals: [Vec3] {
        var sums = [Vec3](repeating: .zero, count: vertices.count)
        for (a, b, c) in triangles {
            let n = (vertices[b] - vertices[a]).cross(vertices[c] - vertices[a])  // length is twice the area
            sums[a] = sums[a] + n
            sums[b] = sums[b] + n
            sums[c] = sums[c] + n
        }
        return sums.map(\.normalized)
    }
}
