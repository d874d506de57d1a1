import Testing
@testable import Descent

/// Exact derivatives (`Jet`) of every function and operator against finite differences: the
/// gradient against central differences of the `Double` value, the Hessian against central
/// differences of the gradient.
struct FormulaDerivativeTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        var parameters: [String: Double] = [:]
        /// Points away from kinks and inside the domain.
        let points: [Vec2]
        var testDescription: String { text }
    }

    static let anywhere = [Vec2(0.7, 1.3), Vec2(1.5, -0.4), Vec2(-0.8, 0.6), Vec2(-1.2, -0.9)]
    static let positiveX = [Vec2(0.7, 1.3), Vec2(1.5, -0.4), Vec2(2.2, 0.9)]

    static let cases: [Case] = [
        Case(text: "x + y", points: anywhere),
        Case(text: "x - 2 * y", points: anywhere),
        Case(text: "x * y", points: anywhere),
        Case(text: "x / (y + 3)", points: anywhere),
        Case(text: "-x * y ^ 2", points: anywhere),
        Case(text: "x ^ 2", points: anywhere),
        Case(text: "(x * y) ^ 3", points: anywhere),
        Case(text: "x ^ -1.5 * y", points: positiveX),
        Case(text: "x ^ y", points: positiveX),
        Case(text: "2 ^ (x * y)", points: anywhere),
        Case(text: "pow(x * y + 2, x)", points: anywhere),
        Case(text: "pow(x, 2.5)", points: positiveX),
        Case(text: "sin(x * y + x)", points: anywhere),
        Case(text: "cos(x * y - y)", points: anywhere),
        Case(text: "tan(0.3 * x * y + 0.2)", points: anywhere),
        Case(text: "exp(0.5 * x * y - y)", points: anywhere),
        Case(text: "log(x ^ 2 + x * y + 3)", points: anywhere),
        Case(text: "sqrt(x ^ 2 + x * y + 3)", points: anywhere),
        Case(text: "abs(x * y - 1)", points: anywhere),
        Case(text: "tanh(x - x * y)", points: anywhere),
        Case(text: "sigmoid(2 * x * y - x)", points: anywhere),
        Case(text: "relu(x * y + 0.5 * x)", points: anywhere),
        Case(text: "softplus(x * y - y)", points: anywhere),
        Case(text: "atan(x * y + y)", points: anywhere),
        Case(text: "min(x, y ^ 2)", points: anywhere),
        Case(text: "max(x * y, y - x)", points: anywhere),
        Case(text: "atan2(y, x)", points: anywhere),
        Case(text: "atan2(x * y, x + 2)", points: anywhere),
        Case(text: "(1 - x)^2 + 100*(y - x^2)^2", points: anywhere),
        Case(text: "(x^2 + y - 11)^2 + (x + y^2 - 7)^2", points: anywhere),
        Case(text: "(1.5 - x + x*y)^2 + (2.25 - x + x*y^2)^2 + (2.625 - x + x*y^3)^2", points: anywhere),
        Case(text: "a * x^2 + b * y^2 + c * x * y", parameters: ["a": 0.5, "b": 3, "c": -1.25], points: anywhere),
    ]

    @Test(arguments: cases)
    func derivativesMatchFiniteDifferences(_ c: Case) throws {
        let formula = try Formula(c.text, parameters: c.parameters)
        for p in c.points {
            let jet = formula.evaluate(Jet.x(p.x), Jet.y(p.y))
            #expect(jet.value == formula.evaluate(p.x, p.y), "value at \(p)")

            let h = 1e-5
            let gx = (formula.evaluate(p.x + h, p.y) - formula.evaluate(p.x - h, p.y)) / (2 * h)
            let gy = (formula.evaluate(p.x, p.y + h) - formula.evaluate(p.x, p.y - h)) / (2 * h)
            expectNear(jet.gradient.x, gx, "∂x at \(p)")
            expectNear(jet.gradient.y, gy, "∂y at \(p)")

            let k = 1e-4
            func gradient(_ x: Double, _ y: Double) -> Vec2 { formula.evaluate(Jet.x(x), Jet.y(y)).gradient }
            let alongX = (gradient(p.x + k, p.y) - gradient(p.x - k, p.y)) / (2 * k)
            let alongY = (gradient(p.x, p.y + k) - gradient(p.x, p.y - k)) / (2 * k)
            expectNear(jet.hessian.xx, alongX.x, "∂xx at \(p)")
            expectNear(jet.hessian.xy, alongX.y, "∂xy (from ∂x of ∇f) at \(p)")
            expectNear(jet.hessian.xy, alongY.x, "∂xy (from ∂y of ∇f) at \(p)")
            expectNear(jet.hessian.yy, alongY.y, "∂yy at \(p)")
        }
    }

    /// Expects `exact` within a relative 1e-6 of the finite difference `estimate` (absolute
    /// when both are below 1).
    private func expectNear(
        _ exact: Double, _ estimate: Double, _ comment: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let tolerance = 1e-6 * max(1, abs(exact), abs(estimate))
        #expect(abs(exact - estimate) <= tolerance, "\(comment): \(exact) vs \(estimate)",
                sourceLocation: sourceLocation)
    }
}
