/// A surface sampled on a regular grid: `values[row * columns + column]` is f at
/// x = box.x.lowerBound + column * dx, y = box.y.lowerBound + row * dy (row 0 at the bottom).
/// Values may be NaN or infinite where the surface is.
public struct Field: Sendable, Equatable {
    public let box: ViewBox
    public let columns: Int
    public let rows: Int
    public var values: [Double]

    public init(box: ViewBox, columns: Int, rows: Int, values: [Double]) {
        precondition(columns >= 2 && rows >= 2 && values.count == columns * rows)
        self.box = box
        self.columns = columns
        self.rows = rows
        self.values = values
    }

    public var dx: Double { box.width / Double(columns - 1) }
    public var dy: Double { box.height / Double(rows - 1) }

    public func x(column: Int) -> Double { box.x.lowerBound + Double(column) * dx }
    public func y(row: Int) -> Double { box.y.lowerBound + Double(row) * dy }

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
        values.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let buffer = buffer
            Parallel.forEachRange(band.count, chunk: 8) { range in
                for index in range {
                    let y = box.y.lowerBound + Double(band.lowerBound + index) * box.height / Double(rows - 1)
                    for column in 0..<columns {
                        buffer[index * columns + column] = surface.value(at: Vec2(xs[column], y))
                    }
                }
            }
        }
        return values
    }

    /// The smallest and largest finite values, or nil when no value is finite.
    public var finiteRange: ClosedRange<Double>? { values.finiteRange }
}
