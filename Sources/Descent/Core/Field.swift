/// A surface sampled on a regular grid: `values[row * columns + column]` is f at
/// x = box.x.lowerBound + column * dx, y = box.y.lowerBound + row * dy (row 0 at the bottom).
/// Values may be NaN or infinite where the surface is.
public struct Field: Sendable, Equatable {
    /// The rectangle the grid spans; its corners are sample points.
    public let box: ViewBox
    /// Samples per row, at least 2.
    public let columns: Int
    /// Number of rows, at least 2.
    public let rows: Int
    /// The samples, row by row from the bottom: `columns * rows` of them.
    public var values: [Double]

    /// A field of the given samples; `values.count` must be `columns * rows`, both at least 2.
    public init(box: ViewBox, columns: Int, rows: Int, values: [Double]) {
        precondition(columns >= 2 && rows >= 2 && values.count == columns * rows)
        self.box = box
        self.columns = columns
        self.rows = rows
        self.values = values
    }

    /// The spacing of columns in x.
    public var dx: Double { box.width / Double(columns - 1) }
    /// The spacing of rows in y.
    public var dy: Double { box.height / Double(rows - 1) }

    /// The x coordinate of a column.
    public func x(column: Int) -> Double { box.x.lowerBound + Double(column) * dx }
    /// The y coordinate of a row (row 0 is the bottom edge).
    public func y(row: Int) -> Double { box.y.lowerBound + Double(row) * dy }

    /// The sample at a column and row.
    public subscript(column: Int, row: Int) -> Double { values[row * columns + column] }

    /// Samples `surface` on a `columns` x `rows` grid over `box`, rows in parallel.
    public static func sample(_ surface: some Surface, box: ViewBox, columns: Int, rows: Int) -> Field {
        Field(box: box, columns: columns, rows: rows, values: sample(surface, box: box, columns: columns, rows: rows, band: 0..<rows))
    }

    /// The values of rows `band` of that grid, row by row from `band.lowerBound`: exactly
    /// those `sample` gives for these rows.
    public static func sample(_ surface: some Surface, box: ViewBox, columns: Int, rows: Int, band: Range<Int>) -> [Double] {
        let xs = (0..<columns).map { box.x.lowerBound + Double($0) * box.width / Double(columns - 1) }
        var values = [Double](repeating: .nan, count: columns * band.count)
        Parallel.fill(&values, blockLength: columns, chunk: 8) { indices, out in
            for (k, index) in indices.enumerated() {
                let y = box.y.lowerBound + Double(band.lowerBound + index) * box.height / Double(rows - 1)
                for column in 0..<columns {
                    out[k * columns + column] = surface.value(at: Vec2(xs[column], y))
                }
            }
        }
        return values
    }

    /// The smallest and largest finite values, or nil when no value is finite.
    public var finiteRange: ClosedRange<Double>? { values.finiteRange }
}
