/// One lexical unit of a formula, with its source text and 1-based column.
struct FormulaToken: Sendable {
    /// What the token is.
    enum Kind: Equatable, Sendable {
        /// A finite number literal.
        case number(Double)
        /// A name: variable, constant, parameter or function.
        case identifier
        case plus, minus, star, slash, caret
        case leftParenthesis, rightParenthesis, comma
        /// The end of the text (the column is one past the last character).
        case end
        /// Text that cannot be read; the parser reports `error` when it reaches this token.
        case invalid(FormulaError)
    }

    let kind: Kind
    /// The characters of the token as written; empty for `end`.
    let text: String
    let column: Int

    /// True when the token can begin an operand: a number, a name or `(`.
    var startsOperand: Bool {
        switch kind {
        case .number, .identifier, .leftParenthesis: true
        default: false
        }
    }

    /// True when the token can end an operand: a number, a name or `)`.
    var endsOperand: Bool {
        switch kind {
        case .number, .identifier, .rightParenthesis: true
        default: false
        }
    }

    /// The token as quoted in error messages: "`sin`", or "end of formula".
    var quoted: String { kind == .end ? "end of formula" : "`\(text)`" }
}
