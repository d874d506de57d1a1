import Foundation

/// Finds the public declarations of Swift source text that have no `///` doc comment.
///
/// A declaration is public when it carries `public` or `open`, or is public without saying so: a
/// `case` of a public enum, a requirement of a public protocol, a member of a `public extension`
/// without an access modifier of its own. Extensions themselves need no comment. The comment must
/// end on the line directly above the declaration; only attribute lines may come between.
/// `public` inside a string literal or a comment is not code and does not count.
///
/// The scan is line based: a declaration starts a line (after attributes and modifiers), which is
/// how this code base is written. Enum cases declared on one line (`case a, b`) are one declaration.
struct PublicDeclarationScanner {
    /// One public declaration without a doc comment.
    struct Finding: Equatable, CustomStringConvertible {
        /// The 1-based line of the declaration.
        let line: Int
        /// The declaration's line, trimmed.
        let text: String

        var description: String { "\(line): \(text)" }
    }

    /// The public declarations of `source` that lack a doc comment, in source order.
    static func undocumented(in source: String) -> [Finding] {
        let lexed = SwiftCodeMask(source)
        let lines = lexed.code.components(separatedBy: "\n")
        let original = source.components(separatedBy: "\n")
        var scopes: [Scope] = []
        var pending: Scope = .other
        var findings: [Finding] = []

        // Attributes and modifiers alone on a line (`public static`) carry over to the next line.
        var carried: (tokens: [String], line: Int)? = nil
        for (lineIndex, line) in lines.enumerated() {
            let tokens = Token.split(line)
            let index = carried?.line ?? lineIndex
            let header = (carried?.tokens ?? []) + tokens
            carried = nil
            if Declaration.isOnlyModifiers(header) {
                carried = (header, index)
            } else if let declaration = Declaration(header) {
                let enclosing = scopes.last ?? .other
                let isPublic = declaration.isPublic(in: enclosing)
                pending = declaration.scope(isPublic: isPublic)
                if isPublic && declaration.keyword != "extension"
                    && !isDocumented(line: index, lines: lines, docLines: lexed.docLines)
                {
                    findings.append(Finding(
                        line: index + 1, text: original[index].trimmingCharacters(in: .whitespaces)))
                }
            }
            for token in tokens {
                if token == "{" {
                    scopes.append(pending)
                    pending = .other
                } else if token == "}" {
                    _ = scopes.popLast()
                    pending = .other
                }
            }
        }
        return findings
    }

    /// Whether a `///` line sits directly above `line`, attribute-only lines allowed in between.
    private static func isDocumented(line: Int, lines: [String], docLines: Set<Int>) -> Bool {
        var above = line - 1
        while above >= 0 {
            if docLines.contains(above) { return true }
            let tokens = Token.split(lines[above])
            guard !tokens.isEmpty, Token.skipAttributes(tokens, from: 0) == tokens.count else { return false }
            above -= 1
        }
        return false
    }

    /// What a brace opens, as far as implicit publicness goes.
    enum Scope {
        case publicEnum, publicProtocol, publicExtension, other
    }

    /// The start of a declaration: its modifiers and its keyword.
    struct Declaration {
        static let keywords: Set<String> = [
            "func", "init", "var", "let", "struct", "enum", "class", "protocol", "case", "typealias",
            "subscript", "actor", "associatedtype", "extension", "macro",
        ]
        static let modifiers: Set<String> = [
            "public", "open", "private", "fileprivate", "internal", "package", "static", "class", "final",
            "override", "mutating", "nonmutating", "lazy", "weak", "unowned", "indirect", "convenience",
            "required", "dynamic", "nonisolated", "optional", "prefix", "postfix", "infix", "consuming",
            "borrowing", "distributed",
        ]
        static let restricting: Set<String> = ["private", "fileprivate", "internal", "package"]

        let modifiers: Set<String>
        let keyword: String

        /// Reads a declaration from the tokens of one line, or fails if the line starts none.
        init?(_ tokens: [String]) {
            let i = Self.skipModifiers(tokens)
            guard i < tokens.count, Self.keywords.contains(tokens[i]) else { return nil }
            self.modifiers = Set(tokens[..<i].filter { Self.modifiers.contains($0) })
            self.keyword = tokens[i]
        }

        /// Whether the tokens are attributes and at least one modifier, and nothing else.
        static func isOnlyModifiers(_ tokens: [String]) -> Bool {
            skipModifiers(tokens) == tokens.count && tokens.contains { modifiers.contains($0) }
        }

        /// The index after the leading attributes and modifiers.
        private static func skipModifiers(_ tokens: [String]) -> Int {
            var i = Token.skipAttributes(tokens, from: 0)
            while i < tokens.count {
                let token = tokens[i]
                let next = i + 1 < tokens.count ? tokens[i + 1] : ""
                if token == "class", !keywords.contains(next), !modifiers.contains(next) { break }
                guard modifiers.contains(token) else { break }
                i += 1
                // `private(set)`, `unowned(unsafe)`: the parenthesised detail belongs to the modifier.
                if i + 2 < tokens.count, tokens[i] == "(", tokens[i + 2] == ")" { i += 3 }
                i = Token.skipAttributes(tokens, from: i)
            }
            return i
        }

        /// Whether the declaration is part of the public API inside a scope of `kind`.
        func isPublic(in kind: Scope) -> Bool {
            if modifiers.contains("public") || modifiers.contains("open") { return true }
            switch kind {
            case .publicEnum: return keyword == "case"
            case .publicProtocol: return true
            case .publicExtension: return modifiers.isDisjoint(with: Self.restricting)
            case .other: return false
            }
        }

        /// The scope a brace after this declaration opens.
        func scope(isPublic: Bool) -> Scope {
            switch keyword {
            case "enum" where isPublic: .publicEnum
            case "protocol" where isPublic: .publicProtocol
            case "extension" where modifiers.contains("public"): .publicExtension
            default: .other
            }
        }
    }

    /// Identifiers, `@attributes` and single punctuation characters of one line of masked code.
    enum Token {
        static func split(_ line: String) -> [String] {
            var tokens: [String] = []
            var current = ""
            func flush() {
                if !current.isEmpty { tokens.append(current) }
                current = ""
            }
            for ch in line {
                if ch.isLetter || ch.isNumber || ch == "_" || (ch == "@" && current.isEmpty) {
                    current.append(ch)
                } else {
                    flush()
                    if !ch.isWhitespace { tokens.append(String(ch)) }
                }
            }
            flush()
            return tokens
        }

        /// The index after the attributes (`@name` with optional parenthesised arguments) from `start`.
        static func skipAttributes(_ tokens: [String], from start: Int) -> Int {
            var i = start
            while i < tokens.count, tokens[i].hasPrefix("@"), tokens[i].count > 1 {
                i += 1
                if i < tokens.count, tokens[i] == "(" {
                    var depth = 0
                    while i < tokens.count {
                        if tokens[i] == "(" { depth += 1 }
                        if tokens[i] == ")" { depth -= 1 }
                        i += 1
                        if depth == 0 { break }
                    }
                }
            }
            return i
        }
    }
}

/// Swift source with comments and string literals blanked out, and where its `///` lines are.
///
/// Blanked characters become spaces and newlines stay, so line numbers and columns are kept.
/// Handles nested block comments, multi-line and raw (`#"…"#`) strings, and interpolations
/// (`\(…)`), whose own strings are blanked too.
struct SwiftCodeMask {
    /// The source with every comment and string literal character replaced by a space.
    let code: String
    /// 0-based lines that begin (after blanks) with a `///` comment.
    let docLines: Set<Int>

    private enum State {
        /// Code; `parens` counts open parentheses when this code is an interpolation.
        case code(parens: Int, interpolation: Bool)
        case lineComment
        case blockComment
        case string(multiline: Bool, hashes: Int)
    }

    init(_ source: String) {
        let chars = Array(source)
        var out: [Character] = []
        out.reserveCapacity(chars.count)
        var docLines: Set<Int> = []
        var stack: [State] = [.code(parens: 0, interpolation: false)]
        var line = 0
        var lineHasCode = false
        var i = 0

        func starts(_ text: String, at index: Int) -> Bool {
            var j = index
            for ch in text {
                guard j < chars.count, chars[j] == ch else { return false }
                j += 1
            }
            return true
        }
        func blank(_ count: Int) {
            for _ in 0..<count { out.append(" ") }
        }

        while i < chars.count {
            let ch = chars[i]
            if ch == "\n" {
                out.append("\n")
                line += 1
                lineHasCode = false
                if case .lineComment = stack.last! { stack.removeLast() }
                i += 1
                continue
            }
            switch stack.last! {
            case .code(let parens, let interpolation):
                if starts("//", at: i) {
                    if !lineHasCode, starts("///", at: i), !starts("////", at: i) { docLines.insert(line) }
                    stack.append(.lineComment)
                    blank(2)
                    i += 2
                } else if starts("/*", at: i) {
                    stack.append(.blockComment)
                    blank(2)
                    i += 2
                } else if ch == "#" || ch == "\"" {
                    var hashes = 0
                    while i + hashes < chars.count, chars[i + hashes] == "#" { hashes += 1 }
                    let quote = i + hashes
                    guard quote < chars.count, chars[quote] == "\"" else {
                        out.append(ch)
                        lineHasCode = true
                        i += 1
                        continue
                    }
                    let multiline = starts("\"\"\"", at: quote)
                    stack.append(.string(multiline: multiline, hashes: hashes))
                    let opening = hashes + (multiline ? 3 : 1)
                    blank(opening)
                    lineHasCode = true
                    i += opening
                } else {
                    if interpolation && ch == "(" {
                        stack[stack.count - 1] = .code(parens: parens + 1, interpolation: true)
                    } else if interpolation && ch == ")" {
                        if parens == 1 {
                            stack.removeLast()
                            out.append(" ")
                            i += 1
                            continue
                        }
                        stack[stack.count - 1] = .code(parens: parens - 1, interpolation: true)
                    }
                    // Code inside an interpolation is part of a string: blank it.
                    out.append(interpolation ? " " : ch)
                    if !ch.isWhitespace { lineHasCode = true }
                    i += 1
                }
            case .lineComment:
                out.append(" ")
                i += 1
            case .blockComment:
                if starts("/*", at: i) {
                    stack.append(.blockComment)
                    blank(2)
                    i += 2
                } else if starts("*/", at: i) {
                    stack.removeLast()
                    blank(2)
                    i += 2
                } else {
                    out.append(" ")
                    i += 1
                }
            case .string(let multiline, let hashes):
                let closing = (multiline ? "\"\"\"" : "\"") + String(repeating: "#", count: hashes)
                let escape = "\\" + String(repeating: "#", count: hashes)
                if starts(closing, at: i) {
                    stack.removeLast()
                    blank(closing.count)
                    i += closing.count
                } else if starts(escape + "(", at: i) {
                    stack.append(.code(parens: 1, interpolation: true))
                    blank(escape.count + 1)
                    i += escape.count + 1
                } else if starts(escape, at: i), i + escape.count < chars.count, chars[i + escape.count] != "\n" {
                    blank(escape.count + 1)
                    i += escape.count + 1
                } else {
                    out.append(" ")
                    i += 1
                }
            }
        }
        self.code = String(out)
        self.docLines = docLines
    }
}
