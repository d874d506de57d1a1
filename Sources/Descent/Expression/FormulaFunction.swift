/// A built-in function of the formula language: one of one argument or one of two.
enum FormulaFunction: Hashable, Sendable {
    case unary(FormulaUnaryFunction)
    case binary(FormulaBinaryFunction)

    /// Every function, in the order of `Formula.functionNames`.
    static let all: [FormulaFunction] =
        FormulaUnaryFunction.allCases.map(unary) + FormulaBinaryFunction.allCases.map(binary)

    /// The function called `name` in formulas, or nil.
    init?(name: String) {
        if let function = FormulaUnaryFunction(rawValue: name) {
            self = .unary(function)
        } else if let function = FormulaBinaryFunction(rawValue: name) {
            self = .binary(function)
        } else {
            return nil
        }
    }

    /// The name as written in formulas.
    var name: String {
        switch self {
        case .unary(let function): function.rawValue
        case .binary(let function): function.rawValue
        }
    }

    /// The number of arguments: 1 or 2.
    var arity: Int {
        switch self {
        case .unary: 1
        case .binary: 2
        }
    }
}

/// A built-in function of one argument, named as written in formulas.
enum FormulaUnaryFunction: String, CaseIterable, Hashable, Sendable {
    case sin, cos, tan, exp, log, sqrt, abs, tanh, sigmoid, relu, softplus, atan

    /// The function at `a`.
    @inline(__always)
    func apply<T: DiffScalar>(_ a: T) -> T {
        switch self {
        case .sin: T.sin(a)
        case .cos: T.cos(a)
        case .tan: T.tan(a)
        case .exp: T.exp(a)
        case .log: T.log(a)
        case .sqrt: T.sqrt(a)
        case .abs: T.abs(a)
        case .tanh: T.tanh(a)
        case .sigmoid: T.sigmoid(a)
        case .relu: T.relu(a)
        case .softplus: T.softplus(a)
        case .atan: T.atan(a)
        }
    }
}

/// A built-in function of two arguments, named as written in formulas.
enum FormulaBinaryFunction: String, CaseIterable, Hashable, Sendable {
    case min, max, pow, atan2

    /// The function at (`a`, `b`). `pow` here is the variable-exponent `T.pow`, defined for
    /// `a > 0`; a constant exponent compiles to `T.power` instead.
    @inline(__always)
    func apply<T: DiffScalar>(_ a: T, _ b: T) -> T {
        switch self {
        case .min: T.min(a, b)
        case .max: T.max(a, b)
        case .pow: T.pow(a, b)
        case .atan2: T.atan2(a, b)
        }
    }
}
