/// Rows `band` of a `columns` × `rows` grid over `box` (row 0 at the lowest y) with their
/// values, row by row: a whole field, or the part of it one shard of `descent grid` computes.
public struct GridBand: Sendable, Equatable {
    /// The rectangle of the whole grid.
    public let box: ViewBox
    /// Samples per row.
    public let columns: Int
    /// Rows of the whole grid.
    public let rows: Int
    /// The rows held, of 0 ..< `rows`.
    public let band: Range<Int>
    /// `values[(row − band.lowerBound) * columns + column]`.
    public let values: [Double]

    /// A band of a grid; `values` holds `columns` values for each row of `band`.
    public init(box: ViewBox, columns: Int, rows: Int, band: Range<Int>, values: [Double]) {
        precondition(columns >= 2 && rows >= 2 && band.lowerBound >= 0 && band.upperBound <= rows
                     && values.count == columns * band.count)
        self.box = box
        self.columns = columns
        self.rows = rows
        self.band = band
        self.values = values
    }

    /// Rows `band` of `field` (all of them by default).
    public init(_ field: Field, band: Range<Int>? = nil) {
        let band = band ?? 0..<field.rows
        self.init(box: field.box, columns: field.columns, rows: field.rows, band: band,
                  values: Array(field.values[(band.lowerBound * field.columns)..<(band.upperBound * field.columns)]))
    }

    /// Every point as (x, y, value), row by row from the band's lowest: what `descent grid`
    /// writes. Coordinates are `Field`'s: lower bound + index × step.
    public var points: [[Double]] {
        let dx = box.width / Double(columns - 1), dy = box.height / Double(rows - 1)
        return band.flatMap { row in
            (0..<columns).map { column in
                [box.x.lowerBound + Double(column) * dx, box.y.lowerBound + Double(row) * dy,
                 values[(row - band.lowerBound) * columns + column]]
            }
        }
    }
}
