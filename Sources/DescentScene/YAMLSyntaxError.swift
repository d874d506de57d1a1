import Yams

/// Turns a YAML syntax error into a `SceneError` a person can act on: the line where the
/// problem starts (the `[` never closed, not the end of the file) and plain words for the
/// usual mistakes (tabs, unclosed brackets and quotes, misaligned keys, repeated keys).
enum YAMLSyntaxError {
    static func sceneError(_ error: YamlError, text: String, file: String) -> SceneError {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let lastLine = max(1, text.hasSuffix("\n") ? lines.count - 1 : lines.count)
        func fail(_ message: String, line: Int?) -> SceneError {
            SceneError(file: file, line: line.map { min(max($0, 1), lastLine) }, field: "",
                       message: "invalid YAML: " + message)
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let at = character(at: mark, in: lines)
            let opened = context?.mark.line ?? mark.line
            switch problem {
            case "found a tab character that violates indentation":
                return fail("a tab indents this line; indent with spaces", line: mark.line)
            case "found character that cannot start any token" where at == "\t":
                return fail("a tab indents this line; indent with spaces", line: mark.line)
            case "did not find expected ',' or ']'":
                return fail("the `[` opened on this line is not closed with `]`", line: opened)
            case "did not find expected ',' or '}'":
                return fail("the `{` opened on this line is not closed with `}`", line: opened)
            case "found unexpected end of stream" where context?.text == "while scanning a quoted scalar":
                return fail("the quoted text opened on this line is not closed", line: opened)
            case "did not find expected key" where context?.text == "while parsing a block mapping":
                return fail("this line is not aligned with the keys above it", line: mark.line)
            case "mapping values are not allowed in this context":
                return fail("unexpected `:`; align keys with the keys above, and quote text that contains `: `",
                            line: mark.line)
            default:
                let detail = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }
                return fail(detail.joined(separator: " "), line: mark.line)
            }
        case let .reader(problem, offset, _, _):
            let line = offset.map { o in text.prefix(o).reduce(1) { $1 == "\n" ? $0 + 1 : $0 } }
            return fail(problem, line: line)
        case let .duplicatedKeysInMapping(duplicates, context):
            return DuplicateKey.locate(duplicates.first ?? "?", firstAt: context.mark, in: text, file: file)
        default:
            return fail("\(error)".split(separator: "\n").first.map(String.init) ?? "unreadable", line: nil)
        }
    }

    /// The character at a 1-based line and column (columns count Unicode scalars), if any.
    private static func character(at mark: Mark, in lines: [Substring]) -> Unicode.Scalar? {
        guard lines.indices.contains(mark.line - 1) else { return nil }
        let scalars = Array(lines[mark.line - 1].unicodeScalars)
        return scalars.indices.contains(mark.column - 1) ? scalars[mark.column - 1] : nil
    }
}
