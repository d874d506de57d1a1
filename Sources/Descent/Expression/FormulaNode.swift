/// One node of a parsed formula, in postfix order: operands come before their operator.
///
/// The parser writes the syntax tree as a postfix list so that every later pass (constant
/// folding, compilation, pretty printing) is a loop over an explicit stack, never a recursion,
/// whatever the shape of the tree.
enum FormulaNode: Hashable, Sendable {
    /// A number literal with its source text.
    case number(Double, text: String)
    /// The constant `pi` or `e`, or a caller's parameter: a named value.
    case named(String, Double)
    case x, y
    /// Unary minus (unary plus leaves no node).
    case negate
    case add, subtract, multiply, divide
    /// The `^` operator.
    case raise
    /// A call of a built-in function, after its `arity` arguments.
    case call(FormulaFunction)
}
