/// One instruction of a compiled formula, for a stack machine over `DiffScalar` values.
///
/// Operands are leaves (`x`, `y`, constants) read in place, or `nil`: the value on top of the
/// stack, popped. Reading leaves in place makes programs about half as long as plain postfix.
enum FormulaInstruction: Equatable, Sendable {
    /// Pushes a leaf; only ever the whole program, for a formula that is a single leaf.
    case load(FormulaLeaf)
    /// Pops the operand if it is nil, pushes op(operand).
    case unary(FormulaUnaryOperation, FormulaLeaf?)
    /// Pops the nil operands (the right one first), pushes op(left, right).
    case binary(FormulaBinaryOperation, FormulaLeaf?, FormulaLeaf?)

    /// How the instruction changes the stack height: +1, 0 or -1.
    var stackEffect: Int {
        switch self {
        case .load: 1
        case .unary(_, let operand): operand == nil ? 0 : 1
        case .binary(_, let left, let right): (left == nil ? 0 : 1) + (right == nil ? 0 : 1) - 1
        }
    }
}

/// An operand read in place: a variable or a constant.
enum FormulaLeaf: Equatable, Sendable {
    case x, y
    case constant(Double)

    var isConstant: Bool {
        if case .constant = self { true } else { false }
    }
}

/// An operation on one operand.
enum FormulaUnaryOperation: Equatable, Sendable {
    case negate
    /// The operand to a constant power, by `DiffScalar.power`.
    case power(Double)
    case function(FormulaUnaryFunction)

    @inline(__always)
    func apply<T: DiffScalar>(_ a: T) -> T {
        switch self {
        case .negate: -a
        case .power(let exponent): T.power(a, exponent)
        case .function(let function): function.apply(a)
        }
    }
}

/// An operation on two operands; `.function(.pow)` is the variable-exponent power.
enum FormulaBinaryOperation: Equatable, Sendable {
    case add, subtract, multiply, divide
    case function(FormulaBinaryFunction)

    @inline(__always)
    func apply<T: DiffScalar>(_ a: T, _ b: T) -> T {
        switch self {
        case .add: a + b
        case .subtract: a - b
        case .multiply: a * b
        case .divide: a / b
        case .function(let function): function.apply(a, b)
        }
    }
}
