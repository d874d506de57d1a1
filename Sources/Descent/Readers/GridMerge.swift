/// Joins the parts `descent grid --shard i/n` writes into the grid `descent grid` writes
/// whole: the parts' points concatenated in part order, after checking that they are every
/// part once, that each holds the rows its shard must, and that together they are one
/// complete, evenly spaced grid in row order. Points are passed through unchanged, so the
/// joined file has the bits of the whole one.
public enum GridMerge {
    /// Why the parts do not make one grid.
    public struct Problem: Error, Equatable {
        /// The part (1-based index) the problem is in, or nil for the parts together.
        public let part: Int?
        /// What is wrong, in lower case.
        public let message: String
    }

    /// The points of the whole grid, from every part with its shard and its [x, y, value] points.
    /// - Throws: `Problem` when the parts are not each part of one split exactly once, or do not
    ///   together make one evenly spaced grid in row order.
    public static func join(_ parts: [(shard: GridShard, points: [[Double]])]) throws(Problem) -> [[Double]] {
        guard let count = parts.first?.shard.count else { throw Problem(part: nil, message: "no parts to join") }
        if let other = parts.first(where: { $0.shard.count != count }) {
            throw Problem(part: other.shard.index, message: "is part \(other.shard.index) of \(other.shard.count), "
                          + "but the first part given is one of \(count)")
        }
        var byIndex: [Int: [[Double]]] = [:]
        for part in parts {
            guard byIndex[part.shard.index] == nil else {
                throw Problem(part: part.shard.index, message: "is given twice")
            }
            byIndex[part.shard.index] = part.points
        }
        if let missing = (1...count).first(where: { byIndex[$0] == nil }) {
            throw Problem(part: missing, message: "is missing")
        }
        let ordered = (1...count).map { byIndex[$0]! }
        let points = ordered.flatMap { $0 }
        let field: Field
        do {
            field = try GridPoints.field(points.map { ($0[0], $0[1], $0[2]) })
        } catch {
            throw Problem(part: nil, message: "joined, the \(count) parts make no grid: it \(error.message)")
        }
        let xs = Array(Set(points.map { $0[0] })).sorted(), ys = Array(Set(points.map { $0[1] })).sorted()
        var first = 0
        for (offset, part) in ordered.enumerated() {
            let shard = GridShard(index: offset + 1, count: count)!
            let rows = shard.rows(of: field.rows)
            guard part.count == rows.count * field.columns else {
                throw Problem(part: shard.index, message: "holds \(part.count) points; part \(shard.index) of \(count) "
                              + "of a grid of \(field.columns) × \(field.rows) points holds rows \(rows.lowerBound + 1) to "
                              + "\(rows.upperBound): \(rows.count * field.columns) points")
            }
            for (k, p) in part.enumerated() {
                let index = first + k
                guard p[0] == xs[index % field.columns], p[1] == ys[index / field.columns] else {
                    throw Problem(part: shard.index, message: "point \(k + 1) is out of row order; parts must be written by `descent grid --shard`")
                }
            }
            first += part.count
        }
        return points
    }
}
