import Testing
@testable import Descent

/// Compilation: constant folding, the choice between `power` and `pow`, leaves read in place,
/// and the stack size, checked on programs worked out by hand.
struct FormulaProgramTests {
    private func program(_ text: String, _ parameters: [String: Double] = [:]) throws -> FormulaProgram {
        try Formula(text, parameters: parameters).program
    }

    @Test func constantSubtreesFold() throws {
        #expect(try program("1 + 2 * 3").instructions == [.load(.constant(7))])
        #expect(try program("-(2)").instructions == [.load(.constant(-2))])
        #expect(try program("sin(0) + max(1, 2)").instructions == [.load(.constant(2))])
        #expect(try program("(-2) ^ 3").instructions == [.load(.constant(-8))])
        #expect(try program("a * b", ["a": 3, "b": 4]).instructions == [.load(.constant(12))])
        #expect(try program("2 * pi * x").instructions == [.binary(.multiply, .constant(2 * Double.pi), .x)])
    }

    @Test func constantExponentsUsePower() throws {
        #expect(try program("x ^ (1 / 2)").instructions == [.unary(.power(0.5), .x)])
        #expect(try program("pow(x, a)", ["a": 3]).instructions == [.unary(.power(3), .x)])
        #expect(try program("x ^ y").instructions == [.binary(.function(.pow), .x, .y)])
        #expect(try program("pow(2, x)").instructions == [.binary(.function(.pow), .constant(2), .x)])
    }

    @Test func rosenbrockCompilesToSevenInstructions() throws {
        let rosenbrock = try program("(1 - x)^2 + 100*(y - x^2)^2")
        #expect(rosenbrock.instructions == [
            .binary(.subtract, .constant(1), .x),      // 1 − x            stack: a
            .unary(.power(2), nil),                    // a²               stack: a
            .unary(.power(2), .x),                     // x²               stack: a, b
            .binary(.subtract, .y, nil),               // y − b            stack: a, b
            .unary(.power(2), nil),                    // b²               stack: a, b
            .binary(.multiply, .constant(100), nil),   // 100·b            stack: a, b
            .binary(.add, nil, nil),                   // a + b            stack: a
        ])
        #expect(rosenbrock.stackSize == 2)
    }

    @Test func stackSizeCountsWaitingValues() throws {
        #expect(try program("x").stackSize == 1)
        #expect(try program("x * (y * (x * (y * x)))").stackSize == 1)
        // Each (x + y) is computed before the products, so four wait on the stack.
        #expect(try program("(x + y) * ((x + y) * ((x + y) * (x + y)))").stackSize == 4)
    }
}
