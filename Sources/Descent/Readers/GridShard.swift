/// Part `index` of `count` of a grid (`descent grid --shard index/count`): a contiguous block
/// of rows. Of R rows, part i (1-based) holds rows ⌊(i − 1)·R/n⌋ ..< ⌊i·R/n⌋ (row 0 is the
/// lowest y), so the parts cover every row once, in order, and differ by at most one row.
public struct GridShard: Sendable, Equatable {
    /// 1 ... count.
    public let index: Int
    /// How many parts the grid is split into, at least 1.
    public let count: Int

    /// Part `index` of `count`, or nil unless 1 ≤ index ≤ count.
    public init?(index: Int, count: Int) {
        guard count >= 1, (1...count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    /// `3/8`; nil unless both are whole numbers with 1 ≤ index ≤ count.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]) else { return nil }
        self.init(index: i, count: n)
    }

    /// The rows of a grid of `total` rows this part holds.
    public func rows(of total: Int) -> Range<Int> {
        (index - 1) * total / count ..< index * total / count
    }

    /// `BASE.part-03-of-16.EXT`: the index padded to the width of the count, so the parts
    /// sort in order.
    public func fileName(base: String, extension ext: String) -> String {
        let digits = String(count).count, number = String(index)
        return "\(base).part-\(String(repeating: "0", count: digits - number.count) + number)-of-\(count).\(ext)"
    }

    /// The base name, part and extension of a file named by `fileName`, or nil.
    public static func parse(fileName name: String) -> (base: String, shard: GridShard, extension: String)? {
        guard let dot = name.lastIndex(of: "."), let marker = name[..<dot].range(of: ".part-", options: .backwards) else {
            return nil
        }
        let numbers = name[marker.upperBound..<dot].split(separator: "-", omittingEmptySubsequences: false)
        guard numbers.count == 3, numbers[1] == "of", let i = Int(numbers[0]), let n = Int(numbers[2]),
              let shard = GridShard(index: i, count: n), name[..<marker.lowerBound].count > 0 else { return nil }
        return (String(name[..<marker.lowerBound]), shard, String(name[name.index(after: dot)...]))
    }
}
