/// "Did you mean" hints: the closest known name by optimal-string-alignment distance.
public enum Suggestion {
    /// The first of `candidates` at the smallest distance from `name`, when that distance is at
    /// most 2 and at most half the length of `name` (so a short name is never "corrected" into
    /// an unrelated one, like `z` into `x` or `foo` into `cos`); nil otherwise.
    public static func closest(to name: String, among candidates: [String]) -> String? {
        let allowed = min(2, name.count / 2)
        var best: (name: String, distance: Int)?
        for candidate in candidates where abs(candidate.count - name.count) <= allowed {
            let distance = self.distance(name, candidate)
            if distance <= allowed && distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        return best?.name
    }

    /// `; did you mean `name`?` for the closest candidate, or nothing.
    public static func hint(for name: String, among candidates: [String]) -> String {
        closest(to: name, among: candidates).map { "; did you mean `\($0)`?" } ?? ""
    }

    /// The optimal-string-alignment distance between `a` and `b`: the fewest insertions,
    /// deletions, substitutions and swaps of adjacent characters turning one into the other,
    /// no substring edited twice.
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty || b.isEmpty { return a.count + b.count }
        // rows[i][j]: distance between the first i characters of a and the first j of b.
        var rows = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { rows[i][0] = i }
        for j in 0...b.count { rows[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var d = min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    d = min(d, rows[i - 2][j - 2] + 1)
                }
                rows[i][j] = d
            }
        }
        return rows[a.count][b.count]
    }
}
