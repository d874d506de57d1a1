import Foundation

/// A surface sampled on a grid and lifted into a 3D view's box: the mesh a 3D view draws and
/// `descent mesh` exports.
///
/// Node (column, row) sits at `field.x(column:)`, `field.y(row:)` with height `heights[row *
/// columns + column]` (NaN where f is not finite). Each cell is split along its diagonal from
/// (column, row) to (column + 1, row + 1) into two triangles; the mesh is that triangulation,
/// and `height(at:)` and `drape` follow it exactly, so lines drawn on the mesh lie on it.
public struct HeightMesh: Sendable {
    /// The samples of the surface.
    public let field: Field
    /// The box the mesh is drawn in.
    public let box: SolidBox
    /// How values became heights.
    public let axis: HeightAxis
    /// Node heights in box units, row by row as `field.values`; NaN where f is not finite.
    public let heights: [Double]

    /// The mesh of `surface` over `view` with `resolution` nodes along each side, heights on
    /// `scale` (with `shift` for a log scale, nil for automatic); nil when no value is finite.
    public init?(surface: some Surface, view: ViewBox, resolution: Int, scale: HeightScale, shift: Double?) {
        let field = Field.sample(surface, box: view, columns: resolution, rows: resolution)
        self.init(field: field, scale: scale, shift: shift)
    }

    /// The mesh of an already sampled field.
    public init?(field: Field, scale: HeightScale, shift: Double?) {
        guard let axis = HeightAxis(values: field.values, scale: scale, shift: shift) else { return nil }
        self.field = field
        self.axis = axis
        box = SolidBox(view: field.box)
        heights = Parallel.map(field.values) { f in f.isFinite ? axis.z(f) : .nan }
    }

    /// Nodes along x.
    public var columns: Int { field.columns }
    /// Nodes along y.
    public var rows: Int { field.rows }

    /// The node's position in the box (z NaN where f is not finite).
    public func vertex(_ column: Int, _ row: Int) -> Vec3 {
        box.point(Vec2(field.x(column: column), field.y(row: row)), z: heights[row * columns + column])
    }

    /// The cell containing `p` and p's position (s, t) ∈ [0, 1]² within it; nil outside the view.
    private func cell(of p: Vec2) -> (column: Int, row: Int, s: Double, t: Double)? {
        let gx = (p.x - field.box.x.lowerBound) / field.dx, gy = (p.y - field.box.y.lowerBound) / field.dy
        guard gx >= 0, gy >= 0, gx <= Double(columns - 1), gy <= Double(rows - 1) else { return nil }
        let column = min(Int(gx), columns - 2), row = min(Int(gy), rows - 2)
        return (column, row, gx - Double(column), gy - Double(row))
    }

    /// The index of the cell (row-major, `(columns − 1) × (rows − 1)`) containing `p`, or nil
    /// outside the view.
    public func cellIndex(at p: Vec2) -> Int? {
        cell(of: p).map { $0.row * (columns - 1) + $0.column }
    }

    /// The height of the mesh above `p`: linear on the triangle containing p. NaN outside the
    /// view or on a triangle with a missing node.
    public func height(at p: Vec2) -> Double {
        guard let (column, row, s, t) = cell(of: p) else { return .nan }
        let i = row * columns + column
        let za = heights[i], zb = heights[i + 1], zc = heights[i + columns + 1], zd = heights[i + columns]
        return s >= t ? za + s * (zb - za) + t * (zc - zb) : za + t * (zd - za) + s * (zc - zd)
    }

    /// The polyline through `points` laid on the mesh: each segment is cut where it crosses a
    /// grid line or a cell diagonal, so that every piece lies on one flat triangle, and every
    /// point is lifted to the mesh. Points outside the view or over a missing node are NaN in z.
    public func drape(_ points: [Vec2]) -> [Vec3] {
        guard let first = points.first else { return [] }
        let x0 = field.box.x.lowerBound, y0 = field.box.y.lowerBound, dx = field.dx, dy = field.dy
        var out = [lift(first)]
        for (a, b) in zip(points, points.dropFirst()) {
            let ga = Vec2((a.x - x0) / dx, (a.y - y0) / dy), gb = Vec2((b.x - x0) / dx, (b.y - y0) / dy)
            var cuts: [Double] = []
            // Grid columns, grid rows, and diagonals (where gx − gy is a whole number).
            for (from, to) in [(ga.x, gb.x), (ga.y, gb.y), (ga.x - ga.y, gb.x - gb.y)] where from != to {
                let lo = min(from, to), hi = max(from, to)
                guard hi - lo < 4 * Double(columns + rows) else { continue }  // not a finite segment in view
                var k = lo.rounded(.up)
                while k <= hi {
                    let lambda = (k - from) / (to - from)
                    if lambda > 0 && lambda < 1 { cuts.append(lambda) }
                    k += 1
                }
            }
            cuts.sort()
            var previous = -1.0
            for lambda in cuts where lambda - previous > 1e-12 {
                out.append(lift(a + lambda * (b - a)))
                previous = lambda
            }
            out.append(lift(b))
        }
        return out
    }

    private func lift(_ p: Vec2) -> Vec3 { box.point(p, z: height(at: p)) }
}
