/// The names a formula can use: the variables `x` and `y`, the constants `pi` and `e`, the
/// caller's parameters and the built-in functions.
struct FormulaNames: Sendable {
    /// What a name stands for.
    enum Meaning {
        /// A variable or a named value, as its node.
        case node(FormulaNode)
        case function(FormulaFunction)
    }

    /// The built-in constants; `e` is the double nearest Euler's number.
    static let constants: [String: Double] = ["pi": Double.pi, "e": 2.718281828459045]

    let parameters: [String: Double]

    /// Checks the parameters against `tokens` (the formula's) and keeps them.
    ///
    /// Throws for the first bad parameter in name order: a name that is not an identifier or is
    /// taken by a variable, constant or function, or a value that is not finite. The error
    /// points at the parameter's first use in the formula, or at column 1.
    init(parameters: [String: Double], tokens: [FormulaToken]) throws(FormulaError) {
        for (name, value) in parameters.sorted(by: { $0.key < $1.key }) {
            let problem: String
            if !FormulaLexer.isIdentifier(name) {
                problem = "parameter name `\(name)` is not an identifier"
            } else if let owner = Self.builtInKind(of: name) {
                problem = "parameter name `\(name)` is taken by \(owner)"
            } else if !value.isFinite {
                problem = "parameter `\(name)` is not finite (\(value))"
            } else {
                continue
            }
            let use = tokens.first { $0.kind == .identifier && $0.text == name }
            throw FormulaError(column: use?.column ?? 1, message: problem)
        }
        self.parameters = parameters
    }

    /// What `name` stands for, or nil when it is unknown.
    func meaning(of name: String) -> Meaning? {
        switch name {
        case "x": return .node(.x)
        case "y": return .node(.y)
        default: break
        }
        if let value = Self.constants[name] ?? parameters[name] {
            return .node(.named(name, value))
        }
        return FormulaFunction(name: name).map(Meaning.function)
    }

    /// "; did you mean `sin`?" for the known name closest to the unknown `name` (see
    /// `Suggestion`), preferring functions when `isCall` (the name is followed by `(`) and
    /// other names otherwise; empty when no name is close.
    func hint(for name: String, isCall: Bool) -> String {
        let values = ["x", "y", "pi", "e"] + parameters.keys.sorted()
        let functions = Formula.functionNames
        return Suggestion.hint(for: name, among: isCall ? functions + values : values + functions)
    }

    /// "a variable", "a constant" or "a function" for a built-in name, nil for others.
    private static func builtInKind(of name: String) -> String? {
        if name == "x" || name == "y" { return "a variable" }
        if constants[name] != nil { return "a constant" }
        if FormulaFunction(name: name) != nil { return "a function" }
        return nil
    }
}
