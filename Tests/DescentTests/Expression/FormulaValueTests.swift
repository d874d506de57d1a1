import Foundation
import Testing
@testable import Descent

/// Values of formulas against hand computation and Foundation's functions.
struct FormulaValueTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        var x = 0.0, y = 0.0
        var parameters: [String: Double] = [:]
        let expected: Double
        var testDescription: String { text }
    }

    /// Precedence, associativity, signs and number forms, worked out by hand.
    static let handComputed: [Case] = [
        Case(text: "2 + 3 * 4", expected: 14),
        Case(text: "(2 + 3) * 4", expected: 20),
        Case(text: "2 ^ 3 ^ 2", expected: 512),
        Case(text: "(2 ^ 3) ^ 2", expected: 64),
        Case(text: "-2 ^ 2", expected: -4),
        Case(text: "(-2) ^ 2", expected: 4),
        Case(text: "(-2) ^ 3", expected: -8),
        Case(text: "2 ^ -1", expected: 0.5),
        Case(text: "2 ^ -3 ^ 2", expected: 1.0 / 512),
        Case(text: "-x ^ 2", x: 3, expected: -9),
        Case(text: "x ^ 2", x: -3, expected: 9),
        Case(text: "x ^ 3", x: -2, expected: -8),
        Case(text: "pow(x, 3)", x: -2, expected: -8),
        Case(text: "x ^ (1 / 2)", x: 6.25, expected: 2.5),
        Case(text: "2 ^ x", x: 3, expected: 8),
        Case(text: "x ^ y", x: 2, y: 3, expected: 8),
        Case(text: "x ^ y ^ 2", x: 2, y: 3, expected: 512),
        Case(text: "8 / 4 / 2", expected: 1),
        Case(text: "8 - 4 - 2", expected: 2),
        Case(text: "2 * 3 / 4", expected: 1.5),
        Case(text: "12 / 2 * 3", expected: 18),
        Case(text: "--3", expected: 3),
        Case(text: "+-+3", expected: -3),
        Case(text: "- - x", x: 5, expected: 5),
        Case(text: "-2 * 3", expected: -6),
        Case(text: "2 * -3", expected: -6),
        Case(text: "2 - -3", expected: 5),
        Case(text: "x - -y", x: 1, y: 2, expected: 3),
        Case(text: "x * y + y", x: 2, y: 3, expected: 9),
        Case(text: "1e-3 * 1000", expected: 1),
        Case(text: ".5 + 2.5E+2", expected: 250.5),
        Case(text: "3.25e1 - 1.", expected: 31.5),
        Case(text: " \t x \n + 1 ", x: 2, expected: 3),
        Case(text: "pi", expected: Double.pi),
        Case(text: "e", expected: M_E),
        Case(text: "2 * pi * x", x: 0.25, expected: Double.pi / 2),
        Case(text: "a * x + b", x: 3, parameters: ["a": 2, "b": -1], expected: 5),
        Case(text: "_a1 * x ^ n", x: 2, parameters: ["_a1": 3, "n": 3], expected: 24),
        Case(text: "min(x, y) + 10 * max(x, y)", x: 1, y: 2, expected: 21),
        Case(text: "atan2(y, x)", x: -1, y: 0, expected: Double.pi),
        Case(text: "atan2(y, x)", x: 0, y: 1, expected: Double.pi / 2),
        Case(text: "abs(x) + relu(y)", x: -2, y: -3, expected: 2),
        Case(text: "sqrt(x * x + y * y)", x: 3, y: 4, expected: 5),
        Case(text: "log(e ^ 3)", expected: 3),
        Case(text: "softplus(x)", x: 800, expected: 800),
        Case(text: "sigmoid(x)", x: -800, expected: 0),
        Case(text: "sigmoid(0)", expected: 0.5),
        Case(text: "+x", x: 7, expected: 7),
        Case(text: "α * x", x: 2, parameters: ["α": 1.5], expected: 3),
    ]

    @Test(arguments: handComputed)
    func handComputedValue(_ c: Case) throws {
        let formula = try Formula(c.text, parameters: c.parameters)
        expectFormulaClose(formula.evaluate(c.x, c.y), c.expected)
        expectFormulaClose(formula.evaluate(Jet.x(c.x), Jet.y(c.y)).value, c.expected)
    }

    /// Each one-argument function against its Foundation definition.
    static let unaryReferences: [String: @Sendable (Double) -> Double] = [
        "sin": { Foundation.sin($0) }, "cos": { Foundation.cos($0) }, "tan": { Foundation.tan($0) },
        "exp": { Foundation.exp($0) }, "log": { Foundation.log($0) }, "sqrt": { Foundation.sqrt($0) },
        "abs": { Swift.abs($0) }, "tanh": { Foundation.tanh($0) },
        "sigmoid": { 1 / (1 + Foundation.exp(-$0)) }, "relu": { Swift.max(0, $0) },
        "softplus": { Foundation.log1p(Foundation.exp($0)) }, "atan": { Foundation.atan($0) },
    ]

    @Test(arguments: ["sin", "cos", "tan", "exp", "log", "sqrt", "abs", "tanh",
                      "sigmoid", "relu", "softplus", "atan"])
    func unaryFunctionMatchesFoundation(_ name: String) throws {
        let reference = try #require(Self.unaryReferences[name])
        let formula = try Formula("\(name)(x)")
        for t in [-2.7, -1.3, -0.2, 0.4, 1.1, 2.5] {
            expectFormulaClose(formula.evaluate(t, 0.0), reference(t), "\(name)(\(t))")
        }
    }

    @Test func binaryFunctionsMatchFoundation() throws {
        let points = [(0.3, 1.7), (2.5, -0.4), (1.2, 1.2), (0.8, 3.0)]
        for (a, b) in points {
            expectFormulaClose(try Formula("min(x, y)").evaluate(a, b), Swift.min(a, b))
            expectFormulaClose(try Formula("max(x, y)").evaluate(a, b), Swift.max(a, b))
            expectFormulaClose(try Formula("pow(x, y)").evaluate(a, b), Foundation.pow(a, b))
            expectFormulaClose(try Formula("atan2(x, y)").evaluate(a, b), Foundation.atan2(a, b))
        }
    }

    @Test func outsideTheDomainIsNotANumber() throws {
        #expect(try Formula("log(x)").evaluate(-1.0, 0.0).isNaN)
        #expect(try Formula("sqrt(x)").evaluate(-1.0, 0.0).isNaN)
        #expect(try Formula("x ^ y").evaluate(-2.0, 0.5).isNaN)
        #expect(try Formula("1 / x").evaluate(0.0, 0.0) == .infinity)
    }

    @Test func surfaceUsesTheFormula() throws {
        let formula = try Formula("x * y ^ 2")
        let surface = FormulaSurface(formula, knownMinima: [Vec2(0, 0)])
        #expect(surface.value(at: Vec2(3, -2)) == 12)
        #expect(surface.gradient(at: Vec2(3, -2)) == Vec2(4, -12))
        #expect(surface.hessian(at: Vec2(3, -2)) == SymmetricMatrix2(xx: 0, xy: -4, yy: 6))
        #expect(surface.knownMinima == [Vec2(0, 0)])
    }

    @Test func equalityFollowsTextAndParameters() throws {
        #expect(try Formula("a * x", parameters: ["a": 1]) == Formula("a * x", parameters: ["a": 1]))
        #expect(try Formula("a * x", parameters: ["a": 1]) != Formula("a * x", parameters: ["a": 2]))
        #expect(try Formula("x") != Formula(" x"))
        #expect(try Set([Formula("x"), Formula("x"), Formula("y")]).count == 2)
        #expect(try Formula("0 / 0") == Formula("0 / 0"))
    }

    @Test func functionNamesListsEveryFunction() {
        #expect(Formula.functionNames == [
            "sin", "cos", "tan", "exp", "log", "sqrt", "abs", "tanh", "sigmoid", "relu", "softplus", "atan",
            "min", "max", "pow", "atan2",
        ])
    }
}

/// Expects `actual` within a relative 1e-13 of `expected` (absolute near 0); NaN matches NaN.
func expectFormulaClose(
    _ actual: Double, _ expected: Double, _ comment: Comment? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    if expected.isNaN {
        #expect(actual.isNaN, comment, sourceLocation: sourceLocation)
        return
    }
    let tolerance = 1e-13 * max(1, abs(expected))
    #expect(abs(actual - expected) <= tolerance, "\(comment?.rawValue ?? "") \(actual) vs \(expected)",
            sourceLocation: sourceLocation)
}
