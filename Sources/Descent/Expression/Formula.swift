/// A surface formula typed by a user, such as `(1 - x)^2 + 100*(y - x^2)^2`, checked and
/// compiled once, then evaluated fast in `Double` or with exact derivatives in `Jet`.
///
/// The language: numbers (`2`, `0.5`, `.5`, `1e-3`, `2.5E+2`), the variables `x` and `y`, the
/// constants `pi` and `e`, the caller's named parameters, `+ - * / ^`, unary `-` and `+`,
/// parentheses and the functions in `functionNames`. `^` is right-associative and binds
/// tighter than a sign: `-x^2` is -(x^2), `2^3^2` is 2^9. A constant exponent (after folding,
/// parameters are constants) uses `DiffScalar.power`, so `x^2` holds for negative x; a variable
/// one uses `DiffScalar.pow`, defined for a positive base. `pow(a, b)` follows the same rule.
///
/// Formulas nested deeper than 200 levels (parentheses, calls, exponents) or with more than
/// 10 000 values and operators are refused. Neither parsing nor evaluation recurses, so no
/// input can exhaust the machine's stack.
public struct Formula: Sendable, Hashable {
    /// The formula as written.
    public let text: String
    /// The caller's named constants; all finite.
    public let parameters: [String: Double]
    /// The formula for titles, e.g. `(1 − x)² + 100·(y − x²)²` (see `FormulaPrettyPrinter`).
    public let prettyText: String
    let program: FormulaProgram

    /// The built-in functions, one-argument functions first: sin cos tan exp log sqrt abs tanh
    /// sigmoid relu softplus atan, then min max pow atan2.
    public static let functionNames: [String] = FormulaFunction.all.map(\.name)

    /// Parses and compiles `text` with the named constants `parameters`.
    ///
    /// Throws the first problem: a bad parameter (name not an identifier or taken by a
    /// variable, constant or function; value not finite), then the first problem of the text.
    public init(_ text: String, parameters: [String: Double] = [:]) throws(FormulaError) {
        let tokens = FormulaLexer.tokens(of: text)
        let names = try FormulaNames(parameters: parameters, tokens: tokens)
        let nodes = try FormulaParser.parse(tokens, names: names)
        self.text = text
        self.parameters = parameters
        prettyText = FormulaPrettyPrinter.text(of: nodes)
        program = FormulaProgram(compiling: nodes)
    }

    /// The formula at (`x`, `y`). Non-finite where the formula is (e.g. `log(x)` for x ≤ 0).
    ///
    /// The specializations give callers in other modules, which see only this generic
    /// signature, the fast paths for `Double` and `Jet` (about 20 ns for Rosenbrock in `Double`).
    @_specialize(where T == Double)
    @_specialize(where T == Jet)
    public func evaluate<T: DiffScalar>(_ x: T, _ y: T) -> T {
        program.evaluate(x, y)
    }

    /// Formulas are equal when written the same with the same parameters.
    public static func == (a: Formula, b: Formula) -> Bool {
        a.text == b.text && a.parameters == b.parameters
    }

    /// Hashes the text and parameters, as `==` compares them.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(parameters)
    }
}
