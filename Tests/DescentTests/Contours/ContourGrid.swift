import Descent

/// Small hand-built fields for contour tests, with plane coordinates equal to grid indices.
enum ContourGrid {
    /// A field whose row r is `bottomUp[r]` (row 0 at the bottom), over x in 0...columns−1 and
    /// y in 0...rows−1, so the sample (c, r) sits at the point (c, r).
    static func make(bottomUp: [[Double]]) -> Field {
        let columns = bottomUp[0].count, rows = bottomUp.count
        return Field(box: ViewBox(x: 0...Double(columns - 1), y: 0...Double(rows - 1)),
                     columns: columns, rows: rows, values: bottomUp.flatMap { $0 })
    }

    /// The polylines of `field` at the single `level`.
    static func lines(_ field: Field, _ level: Double) -> [[Vec2]] {
        MarchingSquares.isolines(field, levels: [level])[0].polylines
    }

    /// Points from (x, y) pairs, for writing expected polylines.
    static func points(_ pairs: [(Double, Double)]) -> [Vec2] {
        pairs.map { Vec2($0.0, $0.1) }
    }
}
