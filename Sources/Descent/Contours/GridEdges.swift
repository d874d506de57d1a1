/// Numbers every edge between neighbouring samples of a field's grid, so contour crossings are
/// keyed by an integer instead of a floating-point coordinate, and finds the crossing on an edge.
///
/// Horizontal edges, from (c, r) to (c + 1, r), come first: index r·(columns − 1) + c. Vertical
/// edges, from (c, r) to (c, r + 1), follow: index horizontalCount + r·columns + c.
struct GridEdges {
    let field: Field
    let horizontalCount: Int
    /// `field.x(column:)` and `field.y(row:)` for every column and row, computed once.
    private let xs: [Double]
    private let ys: [Double]

    init(_ field: Field) {
        self.field = field
        horizontalCount = (field.columns - 1) * field.rows
        xs = (0..<field.columns).map(field.x(column:))
        ys = (0..<field.rows).map(field.y(row:))
    }

    /// How many edges the grid has.
    var count: Int { horizontalCount + field.columns * (field.rows - 1) }

    @inline(__always) func horizontal(_ column: Int, _ row: Int) -> Int32 {
        Int32(truncatingIfNeeded: row * (field.columns - 1) + column)
    }

    @inline(__always) func vertical(_ column: Int, _ row: Int) -> Int32 {
        Int32(truncatingIfNeeded: horizontalCount + row * field.columns + column)
    }

    /// The point on `edge` where the linear interpolation of the field between the edge's two
    /// samples equals `level`. The samples must be finite and on opposite sides of the level
    /// (one ≥ level, one < level), so the fraction t along the edge is in 0...1. The point is
    /// computed as (1 − t)·start + t·end, so t = 0 and t = 1 give the grid node exactly.
    func crossing(_ edge: Int32, level: Double) -> Vec2 {
        let e = Int(edge), columns = field.columns
        if e < horizontalCount {
            let row = e / (columns - 1), column = e - row * (columns - 1)
            let a = field.values[row * columns + column], b = field.values[row * columns + column + 1]
            let t = (level - a) / (b - a)
            return Vec2((1 - t) * xs[column] + t * xs[column + 1], ys[row])
        }
        let row = (e - horizontalCount) / columns, column = e - horizontalCount - row * columns
        let a = field.values[row * columns + column], b = field.values[(row + 1) * columns + column]
        let t = (level - a) / (b - a)
        return Vec2(xs[column], (1 - t) * ys[row] + t * ys[row + 1])
    }
}
