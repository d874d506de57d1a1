import Yams

/// Where the nodes of a YAML text are, as ranges of Unicode scalars: libyaml marks only where
/// a node starts, so its end is found by scanning the text from there, as the YAML grammar
/// ends each kind of node. Used to edit a scene file in place, leaving every other character
/// (comments, spacing, order) as it was.
struct YAMLSpans {
    /// The text, one element per Unicode scalar (libyaml counts columns in scalars).
    let text: [Unicode.Scalar]
    /// Offset of the first scalar of each line.
    private let lineStarts: [Int]

    init(_ text: String) {
        self.text = Array(text.unicodeScalars)
        var starts = [0]
        for (i, scalar) in self.text.enumerated() where scalar == "\n" { starts.append(i + 1) }
        lineStarts = starts
    }

    /// The offset where `node` starts (its mark's 1-based line and column).
    func start(of node: Node) -> Int {
        guard let mark = node.mark else { return 0 }
        let line = min(max(mark.line, 1), lineStarts.count)
        return min(lineStarts[line - 1] + mark.column - 1, text.count)
    }

    /// The 1-based line of an offset.
    func line(of offset: Int) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low + 1
    }

    /// The offset where the line holding `offset` ends (its newline, or the end of the text).
    func endOfLine(_ offset: Int) -> Int {
        var i = offset
        while i < text.count && text[i] != "\n" { i += 1 }
        return i
    }

    /// The offset where the line holding `offset` starts.
    func startOfLine(_ offset: Int) -> Int { lineStarts[line(of: offset) - 1] }

    /// Spaces before the first character of the line holding `offset`.
    func indentation(ofLineAt offset: Int) -> Int {
        var i = startOfLine(offset), count = 0
        while i < text.count && text[i] == " " { i += 1; count += 1 }
        return count
    }

    /// The text of `node`: from its start to its last character. `inFlow`: inside `[...]` or
    /// `{...}`, where `,`, `]` and `}` end a plain scalar.
    func span(of node: Node, inFlow: Bool) -> Range<Int> {
        let start = start(of: node)
        switch node {
        case let .scalar(scalar):
            return start..<endOfScalar(scalar, at: start, inFlow: inFlow)
        case let .mapping(mapping):
            if isFlow(node) { return start..<endOfFlow(at: start) }
            guard let last = Array(mapping).last else { return start..<start }
            return start..<end(ofEntry: last.key, last.value, inFlow: false)
        case let .sequence(sequence):
            if isFlow(node) { return start..<endOfFlow(at: start) }
            guard let last = sequence.last else { return start..<start }
            return start..<span(of: last, inFlow: false).upperBound
        case .alias:
            return start..<endOfPlain(at: start, inFlow: inFlow)
        }
    }

    /// True for a collection written in brackets (`[a, b]`, `{k: v}`). (Yams reports the
    /// style of a collection's end event, which is not its style, so the text decides.)
    func isFlow(_ node: Node) -> Bool {
        let start = start(of: node)
        return start < text.count && (text[start] == "{" || text[start] == "[")
    }

    /// True for a value with no text (`key:` and nothing after it).
    static func isEmpty(_ node: Node) -> Bool {
        if case let .scalar(scalar) = node { scalar.string.isEmpty && (scalar.style == .plain || scalar.style == .any) } else { false }
    }

    /// Where a mapping entry's text ends: after its value, or after the `:` when it has none.
    func end(ofEntry key: Node, _ value: Node, inFlow: Bool) -> Int {
        Self.isEmpty(value) ? colon(after: key, inFlow: inFlow) : span(of: value, inFlow: inFlow).upperBound
    }

    /// The offset just past the `:` that follows the mapping key `key`.
    func colon(after key: Node, inFlow: Bool) -> Int {
        var i = span(of: key, inFlow: inFlow).upperBound
        while i < text.count && text[i] != ":" { i += 1 }
        return min(i + 1, text.count)
    }

    private func endOfScalar(_ scalar: Node.Scalar, at start: Int, inFlow: Bool) -> Int {
        switch scalar.style {
        case .doubleQuoted:
            var i = start + 1
            while i < text.count && text[i] != "\"" { i += text[i] == "\\" ? 2 : 1 }
            return min(i + 1, text.count)
        case .singleQuoted:
            var i = start + 1
            while i < text.count {
                if text[i] == "'" {
                    if i + 1 < text.count && text[i + 1] == "'" { i += 2; continue }
                    return i + 1
                }
                i += 1
            }
            return text.count
        case .literal, .folded:
            return endOfBlockScalar(at: start)
        case .any, .plain:
            // An empty value (`key:` with nothing after it) is marked where the next token
            // starts: it has no text of its own (see `end(ofEntry:)`).
            return scalar.string.isEmpty ? start : endOfPlain(at: start, inFlow: inFlow)
        }
    }

    /// A plain scalar on one line ends before ` #`, before `: `, at the line's end, and in flow
    /// context before `,`, `]` or `}`; trailing spaces are not part of it.
    private func endOfPlain(at start: Int, inFlow: Bool) -> Int {
        var i = start
        while i < text.count && text[i] != "\n" {
            let c = text[i]
            if c == "#" && i > start && (text[i - 1] == " " || text[i - 1] == "\t") { break }
            if inFlow && (c == "," || c == "]" || c == "}") { break }
            if c == ":" && i > start {
                let next: Unicode.Scalar = i + 1 < text.count ? text[i + 1] : "\n"
                if next == " " || next == "\n" || next == "\t" || (inFlow && (next == "," || next == "]" || next == "}")) { break }
            }
            i += 1
        }
        while i > start && (text[i - 1] == " " || text[i - 1] == "\t") { i -= 1 }
        return i
    }

    /// A flow collection ends at the bracket that closes the one at `start`; brackets inside
    /// quotes and comments do not count.
    private func endOfFlow(at start: Int) -> Int {
        var depth = 0, i = start
        while i < text.count {
            switch text[i] {
            case "[", "{": depth += 1
            case "]", "}":
                depth -= 1
                if depth == 0 { return i + 1 }
            case "\"":
                i += 1
                while i < text.count && text[i] != "\"" { i += text[i] == "\\" ? 2 : 1 }
            case "'":
                i += 1
                while i < text.count && !(text[i] == "'" && (i + 1 >= text.count || text[i + 1] != "'")) {
                    i += text[i] == "'" ? 2 : 1
                }
            case "#" where i > start && (text[i - 1] == " " || text[i - 1] == "\n"):
                i = endOfLine(i) - 1
            default: break
            }
            i += 1
        }
        return text.count
    }

    /// A block scalar (`|` or `>`) ends with the last line indented more than the line that
    /// introduces it (blank lines inside it included, trailing blank lines not).
    private func endOfBlockScalar(at start: Int) -> Int {
        let indent = indentation(ofLineAt: start)
        var end = endOfLine(start), i = end + 1
        while i < text.count {
            let lineEnd = endOfLine(i)
            let content = text[i..<lineEnd]
            if content.allSatisfy({ $0 == " " || $0 == "\t" }) { i = lineEnd + 1; continue }
            if indentation(ofLineAt: i) <= indent { break }
            end = lineEnd
            i = lineEnd + 1
        }
        return end
    }
}
