/// A surface sampled on a regular grid, given as (x, y, value) points in any order: the format
/// `descent grid` writes (CSV or .npy with three columns).
public enum GridPoints {
    /// Why the points are not a regular grid.
    public struct Problem: Error, Equatable {
        /// What is wrong, in lower case.
        public let message: String
    }

    /// The field the points fill: columns at the distinct x values, rows at the distinct y,
    /// each (x, y) given exactly once, both axes evenly spaced (to 1e−6 of the step), every
    /// coordinate and value finite.
    public static func field(_ points: [(x: Double, y: Double, value: Double)]) throws(Problem) -> Field {
        if let bad = points.firstIndex(where: { !$0.x.isFinite || !$0.y.isFinite || !$0.value.isFinite }) {
            let p = points[bad]
            let what = !p.x.isFinite ? "x is \(NumberFormat.short(p.x))" : !p.y.isFinite ? "y is \(NumberFormat.short(p.y))"
                : "the value at (\(NumberFormat.plain(p.x)), \(NumberFormat.plain(p.y))) is \(NumberFormat.short(p.value))"
            throw Problem(message: "row \(bad + 1): \(what); a grid needs finite numbers")
        }
        let xs = Array(Set(points.map(\.x))).sorted(), ys = Array(Set(points.map(\.y))).sorted()
        guard xs.count >= 2, ys.count >= 2 else {
            throw Problem(message: "needs at least 2 distinct x and 2 distinct y values, got \(xs.count) and \(ys.count)")
        }
        guard points.count == xs.count * ys.count else {
            throw Problem(message: "has \(points.count) points; a grid of \(xs.count) x by \(ys.count) y values needs \(xs.count * ys.count), each once")
        }
        for (axis, values) in [("x", xs), ("y", ys)] {
            let step = (values.last! - values[0]) / Double(values.count - 1)
            for (i, v) in values.enumerated() where abs(v - (values[0] + Double(i) * step)) > 1e-6 * step {
                throw Problem(message: "\(axis) values are not evenly spaced (\(NumberFormat.plain(v)) at position \(i + 1))")
            }
        }
        let column = Dictionary(uniqueKeysWithValues: xs.enumerated().map { ($1, $0) })
        let row = Dictionary(uniqueKeysWithValues: ys.enumerated().map { ($1, $0) })
        var values = [Double](repeating: .nan, count: xs.count * ys.count)
        var seen = [Bool](repeating: false, count: values.count)
        for p in points {
            let i = row[p.y]! * xs.count + column[p.x]!
            guard !seen[i] else { throw Problem(message: "gives the point (\(NumberFormat.plain(p.x)), \(NumberFormat.plain(p.y))) twice") }
            seen[i] = true
            values[i] = p.value
        }
        return Field(box: ViewBox(x: xs[0]...xs.last!, y: ys[0]...ys.last!), columns: xs.count, rows: ys.count, values: values)
    }

    /// Every grid point of `field` as (x, y, value), row by row from the bottom.
    public static func points(_ field: Field) -> [[Double]] { GridBand(field).points }
}
