/// Reads formula tokens into postfix nodes (see `FormulaNode`), refusing deep or huge formulas.
///
/// Grammar, loosest binding first; `^` is right-associative and binds tighter than a sign, so
/// `-x^2` is -(x^2) and `2^3^2` is 2^9:
///
///     sum      = product (("+" | "-") product)*
///     product  = signed (("*" | "/") signed)*
///     signed   = ("+" | "-")* power
///     power    = primary ("^" signed)?
///     primary  = number | name | function "(" sum ("," sum)* ")" | "(" sum ")"
///
/// The parser is an operator-precedence loop with an explicit stack of pending operators and
/// open parentheses: it never recurses, so no input can overflow the machine's stack. Nesting
/// (open parentheses and calls, plus pending `^` exponents) deeper than `maximumDepth`, or
/// more than `maximumNodes` values and operators, is refused as soon as it is read.
struct FormulaParser {
    /// The deepest nesting of parentheses, calls and exponents accepted.
    static let maximumDepth = 200
    /// The most values and operators (nodes) accepted.
    static let maximumNodes = 10_000

    /// An entry of the pending stack.
    private enum Pending {
        /// A binary operator or a negation waiting for its right operand.
        case operation(FormulaNode, precedence: Int)
        /// An open `(`: of a call of `function`, named by `name`, when `function` is not nil.
        /// `arguments` counts the arguments already ended by a `,`.
        case group(open: FormulaToken, function: FormulaFunction?, name: FormulaToken?, arguments: Int)
    }

    /// How tightly operators bind; the higher, the tighter.
    private enum Precedence {
        static let sum = 1, product = 2, sign = 3, power = 4
    }

    private let tokens: [FormulaToken]
    private let names: FormulaNames
    private var index = 0
    private var nodeCount = 0
    /// Open groups plus pending `^`.
    private var depth = 0
    private var pending: [Pending] = []
    private var nodes: [FormulaNode] = []

    /// The postfix nodes of the formula `tokens` (from `FormulaLexer`), using `names`.
    static func parse(_ tokens: [FormulaToken], names: FormulaNames) throws(FormulaError) -> [FormulaNode] {
        var parser = FormulaParser(tokens: tokens, names: names)
        if parser.current.kind == .end {
            throw FormulaError(column: 1, message: "empty formula")
        }
        try parser.run()
        return parser.nodes
    }

    private init(tokens: [FormulaToken], names: FormulaNames) {
        self.tokens = tokens
        self.names = names
    }

    /// The next unread token; `.end` and `.invalid` are never read past.
    private var current: FormulaToken { tokens[index] }

    /// Reads every token, alternating between expecting an operand and expecting an operator.
    private mutating func run() throws(FormulaError) {
        var expectingOperand = true
        while true {
            let token = current
            if expectingOperand {
                switch token.kind {
                case .plus:
                    try read()
                case .minus:
                    try read(countingNode: true)
                    pending.append(.operation(.negate, precedence: Precedence.sign))
                case .number(let value):
                    try read(countingNode: true)
                    nodes.append(.number(value, text: token.text))
                    expectingOperand = false
                case .identifier:
                    expectingOperand = try readName()
                case .leftParenthesis:
                    try open(function: nil, name: nil)
                case .rightParenthesis where closesEmptyCall:
                    try close()
                    expectingOperand = false
                default:
                    throw unexpected(expecting: "a value")
                }
            } else {
                switch token.kind {
                case .plus, .minus, .star, .slash, .caret:
                    try readOperator()
                    expectingOperand = true
                case .rightParenthesis:
                    try close()
                case .comma:
                    try readComma()
                    expectingOperand = true
                case .end:
                    try finish()
                    return
                default:
                    throw unexpected(expecting: "an operator")
                }
            }
        }
    }

    /// Reads a name: a value (returns false, an operand is complete) or a function and its
    /// `(` (returns true, an argument is expected).
    private mutating func readName() throws(FormulaError) -> Bool {
        let token = current
        switch names.meaning(of: token.text) {
        case .node(let node):
            try read(countingNode: true)
            nodes.append(node)
            return false
        case .function(let function):
            try read(countingNode: true)
            guard current.kind == .leftParenthesis else {
                let message = "function `\(function.name)` needs parentheses: `\(function.name)(...)`"
                throw FormulaError(column: token.column, message: message)
            }
            try open(function: function, name: token)
            return true
        case nil:
            let isCall = tokens[index + 1].kind == .leftParenthesis
            throw error("unknown name `\(token.text)`" + names.hint(for: token.text, isCall: isCall))
        }
    }

    /// Reads a binary operator, first moving to the output the pending operators that bind at
    /// least as tightly (strictly more tightly for the right-associative `^`).
    private mutating func readOperator() throws(FormulaError) {
        let (node, precedence): (FormulaNode, Int) = switch current.kind {
        case .plus: (.add, Precedence.sum)
        case .minus: (.subtract, Precedence.sum)
        case .star: (.multiply, Precedence.product)
        case .slash: (.divide, Precedence.product)
        default: (.raise, Precedence.power)
        }
        while case .operation(let waiting, let waitingPrecedence)? = pending.last,
              waitingPrecedence > precedence || (waitingPrecedence == precedence && node != .raise) {
            emitLastPending(waiting)
        }
        if node == .raise {
            try deepen()
        }
        try read(countingNode: true)
        pending.append(.operation(node, precedence: precedence))
    }

    /// Reads `(`, alone or opening the arguments of `function`.
    private mutating func open(function: FormulaFunction?, name: FormulaToken?) throws(FormulaError) {
        try deepen()
        pending.append(.group(open: current, function: function, name: name, arguments: 0))
        try read()
    }

    /// Reads `)`: ends the innermost group, and for a call checks the number of arguments.
    private mutating func close() throws(FormulaError) {
        let empty = closesEmptyCall
        emitPendingOperations()
        guard case .group(_, let function, let name, let arguments)? = pending.popLast() else {
            throw error("unmatched `)`")
        }
        depth -= 1
        try read()
        guard let function, let name else { return }
        let count = empty ? 0 : arguments + 1
        guard count == function.arity else {
            let noun = function.arity == 1 ? "argument" : "arguments"
            throw FormulaError(column: name.column,
                               message: "`\(function.name)` takes \(function.arity) \(noun), got \(count)")
        }
        nodes.append(.call(function))
    }

    /// Reads `,` between the arguments of a call.
    private mutating func readComma() throws(FormulaError) {
        emitPendingOperations()
        guard case .group(let open, let function, let name, let arguments)? = pending.last else {
            throw error("`,` outside a function call")
        }
        guard function != nil else {
            throw unexpected(expecting: "`)` to close `(` at column \(open.column)")
        }
        pending[pending.count - 1] =
            .group(open: open, function: function, name: name, arguments: arguments + 1)
        try read()
    }

    /// At the end of the text: moves every pending operator to the output; no group may be open.
    private mutating func finish() throws(FormulaError) {
        emitPendingOperations()
        if case .group(let open, _, _, _)? = pending.last {
            throw unexpected(expecting: "`)` to close `(` at column \(open.column)")
        }
    }

    /// True when the current `)` directly follows the `(` of a call: a call without arguments.
    private var closesEmptyCall: Bool {
        guard case .group(let open, let function, _, _)? = pending.last else { return false }
        return function != nil && tokens[index - 1].column == open.column
    }

    /// Moves the pending operators above the innermost group to the output.
    private mutating func emitPendingOperations() {
        while case .operation(let node, _)? = pending.last {
            emitLastPending(node)
        }
    }

    /// Moves the last pending entry, the operation `node`, to the output.
    private mutating func emitLastPending(_ node: FormulaNode) {
        pending.removeLast()
        if node == .raise { depth -= 1 }
        nodes.append(node)
    }

    /// One more level of nesting, at the current token.
    private mutating func deepen() throws(FormulaError) {
        depth += 1
        if depth > Self.maximumDepth {
            throw error("formula is nested deeper than \(Self.maximumDepth) levels")
        }
    }

    /// Moves past the current token, counting it against `maximumNodes` when it makes a node.
    private mutating func read(countingNode: Bool = false) throws(FormulaError) {
        if countingNode {
            nodeCount += 1
            if nodeCount > Self.maximumNodes {
                throw error("formula is too large: more than \(Self.maximumNodes) values and operators")
            }
        }
        index += 1
    }

    /// An error at the current token.
    private func error(_ message: String) -> FormulaError {
        FormulaError(column: current.column, message: message)
    }

    /// The error for a current token that does not fit: the lexer's own error for an invalid
    /// token, a missing operator between two operands (as in `2x`), or "expected ..., found ...".
    private func unexpected(expecting expectation: String) -> FormulaError {
        let token = current
        if case .invalid(let error) = token.kind { return error }
        if token.startsOperand && index > 0 && tokens[index - 1].endsOperand {
            return error("expected an operator between `\(tokens[index - 1].text)` and `\(token.text)`")
        }
        return error("expected \(expectation), found \(token.quoted)")
    }
}
