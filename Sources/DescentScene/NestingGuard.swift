/// Refuses text nested deeper than any scene needs before the YAML composer, which recurses
/// once per level, sees it.
enum NestingGuard {
    static let limit = 64

    /// A conservative estimate of the deepest nesting in `text`: open flow brackets (outside
    /// quotes and comments) plus block-sequence dashes opened on one line.
    static func depth(of text: String) -> Int {
        var deepest = 0
        var brackets = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var dashes = 0
            var atLineStart = true
            var quote: Character?
            var previous: Character = " "
            for c in line {
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
                    case " ", "\t": break
                    default: atLineStart = false
                    }
                    if c != "-" && c != " " && c != "\t" { atLineStart = false }
                }
                previous = c
                deepest = max(deepest, brackets + dashes)
            }
        }
        return deepest
    }
}
