/// A formula compiled to a flat postfix program, with its constant subtrees folded.
///
/// Evaluation (see `evaluate`) runs the instructions on a stack of `stackSize` values.
struct FormulaProgram: Sendable {
    let instructions: [FormulaInstruction]
    /// The largest number of values on the stack at once; at least 1.
    let stackSize: Int

    init(instructions: [FormulaInstruction]) {
        self.instructions = instructions
        var height = 0, highest = 0
        for instruction in instructions {
            height += instruction.stackEffect
            highest = max(highest, height)
        }
        stackSize = highest
    }

    /// Compiles postfix syntax `nodes` (a whole formula), in one pass with an explicit stack.
    ///
    /// Every operation whose operands are all constants is replaced by its value, computed by
    /// this same evaluator in `Double`. A `^` or `pow` whose exponent is constant compiles to
    /// `.power(exponent)`, otherwise to the variable-exponent `.function(.pow)`. Leaves are
    /// not pushed but read in place by the instruction that uses them.
    init(compiling nodes: [FormulaNode]) {
        var compiler = Compiler()
        for node in nodes {
            switch node {
            case .number(let value, _), .named(_, let value): compiler.operands.append(.constant(value))
            case .x: compiler.operands.append(.x)
            case .y: compiler.operands.append(.y)
            case .negate: compiler.apply(.negate)
            case .call(.unary(let function)): compiler.apply(.function(function))
            case .raise, .call(.binary(.pow)):
                if case .constant(let exponent)?? = compiler.operands.last {
                    compiler.operands.removeLast()
                    compiler.apply(.power(exponent))
                } else {
                    compiler.apply(.function(.pow))
                }
            case .add: compiler.apply(.add)
            case .subtract: compiler.apply(.subtract)
            case .multiply: compiler.apply(.multiply)
            case .divide: compiler.apply(.divide)
            case .call(.binary(let function)): compiler.apply(.function(function))
            }
        }
        if let leaf = compiler.operands[0] {
            compiler.code.append(.load(leaf))
        }
        self.init(instructions: compiler.code)
    }

    /// The state of `init(compiling:)`.
    private struct Compiler {
        var code: [FormulaInstruction] = []
        /// One entry per value of the formula so far: a leaf not yet read, or nil for a value
        /// computed by `code` and waiting on the machine's stack (in the same order).
        var operands: [FormulaLeaf?] = []

        /// Applies `operation` to the last operand: folded when it is a constant.
        mutating func apply(_ operation: FormulaUnaryOperation) {
            let operand = operands.removeLast()
            emit(.unary(operation, operand), folding: operand?.isConstant == true)
        }

        /// Applies `operation` to the last two operands: folded when both are constants.
        mutating func apply(_ operation: FormulaBinaryOperation) {
            let right = operands.removeLast(), left = operands.removeLast()
            let folding = left?.isConstant == true && right?.isConstant == true
            emit(.binary(operation, left, right), folding: folding)
        }

        /// Appends `instruction` to the code, or, when `folding`, its value as a constant operand.
        private mutating func emit(_ instruction: FormulaInstruction, folding: Bool) {
            if folding {
                operands.append(.constant(FormulaProgram(instructions: [instruction]).evaluate(0.0, 0.0)))
            } else {
                code.append(instruction)
                operands.append(nil)
            }
        }
    }
}
