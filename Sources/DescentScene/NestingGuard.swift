/// Refuses text nested deeper than any scene needs before the YAML composer, which recurses
/// once per level, sees it.
enum NestingGuard {
    static let limit = 64

    /// The first line (1-based) where `text` is nested deeper than `limit`, or nil.
    ///
    /// The depth of a line is a conservative estimate: the indentation levels still open, plus
    /// flow brackets open (outside quotes and comments), plus the block-sequence dashes that
    /// open the line.
    static func firstLineTooDeep(in text: String) -> Int? {
        var brackets = 0
        var indents: [Int] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let indent = line.prefix { $0 == " " }.count
            let content = line.dropFirst(indent)
            if !content.allSatisfy(\.isWhitespace) && !content.hasPrefix("#") {
                while let last = indents.last, last >= indent { indents.removeLast() }
                indents.append(indent)
            }
            var dashes = 0
            var atLineStart = true
            var quote: Character?
            var previous: Character = " "
            for c in content {
                if let q = quote {
                    if c == q { quote = nil }
                } else if c == "#" && (previous == " " || previous == "\t") {
                    break
                } else {
                    switch c {
                    case "\"", "'": quote = c
                    case "[", "{": brackets += 1
                    case "]", "}": brackets = max(0, brackets - 1)
                    case "-" where atLineStart: dashes += 1
                    default: break
                    }
                    if c != "-" && c != " " && c != "\t" { atLineStart = false }
                }
                previous = c
                if indents.count + brackets + dashes > limit { return index + 1 }
            }
        }
        return nil
    }
}
