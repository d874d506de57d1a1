import Foundation
import Testing
@testable import Descent

/// One expression of `Jet`s. Finite differences use only its `value` component (plain
/// Foundation arithmetic); the derivatives under test are the gradient and Hessian components.
/// Arguments are composite so that the chain rule's second-order terms (inner Hessians, mixed
/// gradients) are all exercised.
struct JetCase: Sendable, CustomTestStringConvertible {
    let name: String
    let f: @Sendable (Jet, Jet) -> Jet
    let points: [Vec2]
    var testDescription: String { name }

    func jet(at p: Vec2) -> Jet { f(Jet.x(p.x), Jet.y(p.y)) }

    /// The value alone, as a surface for the finite-difference helpers.
    var surface: ValueSurface { ValueSurface(f: f) }

    struct ValueSurface: Surface {
        let f: @Sendable (Jet, Jet) -> Jet
        func value(at p: Vec2) -> Double { f(Jet.x(p.x), Jet.y(p.y)).value }
        func gradient(at p: Vec2) -> Vec2 { .zero }
        func hessian(at p: Vec2) -> SymmetricMatrix2 { SymmetricMatrix2(xx: 0, xy: 0, yy: 0) }
    }

    static func make(_ name: String, _ points: [Vec2], _ f: @escaping @Sendable (Jet, Jet) -> Jet) -> JetCase {
        JetCase(name: name, f: f, points: points)
    }

    static let spread = [Vec2(0.5, 0.8), Vec2(-1.3, 0.4), Vec2(2, -0.3), Vec2(0.15, -1.7)]

    static let all: [JetCase] = [
        make("pow(x, y)", [Vec2(1.3, 0.7), Vec2(0.6, 2.5), Vec2(2.2, -1.4)],
             { .pow($0, $1) }),
        make("pow(x² + ½, sin y + xy)", spread,
             { x, y in .pow(x * x + 0.5, .sin(y) + x * y) }),
        make("atan2(xy + 0.3, x − y²)", spread,
             { x, y in .atan2(x * y + 0.3, x - y * y) }),
        make("(x² + y) / (1 + xy²)", spread,
             { x, y in (x * x + y) / (1 + x * y * y) }),
        make("tan(xy)", spread, { x, y in .tan(x * y) }),
        make("atan(x² − y)", spread, { x, y in .atan(x * x - y) }),
        make("√(x² + y + 2)", spread, { x, y in .sqrt(x * x + y + 2) }),
        make("log(x² + y + 1.8)", spread, { x, y in .log(x * x + y + 1.8) }),
        make("tanh(2xy − y)", spread, { x, y in .tanh(2 * x * y - y) }),
        make("exp(sin x · cos y)", spread,
             { x, y in .exp(.sin(x) * .cos(y)) }),
        make("sigmoid(3x − xy)", spread, { x, y in .sigmoid(3 * x - x * y) }),
        make("softplus(xy + y)", spread, { x, y in .softplus(x * y + y) }),
        make("relu(xy − 0.2)·(x + 2)", spread,
             { x, y in .relu(x * y - 0.2) * (x + 2) }),
        make("|x² − y|·y", spread, { x, y in .abs(x * x - y) * y }),
        make("min(x², sin y + x)", spread,
             { x, y in .min(x * x, .sin(y) + x) }),
        make("max(x², sin y + x)", spread,
             { x, y in .max(x * x, .sin(y) + x) }),
        make("(x² + y² + 0.1)^1.5", spread,
             { x, y in .power(x * x + y * y + 0.1, 1.5) }),
        make("(x − y)³", spread, { x, y in .power(x - y, 3) }),
        make("(xy + 3)^−0.5", spread, { x, y in .power(x * y + 3, -0.5) }),
        make("(x + y)²·cos x", spread,
             { x, y in .power(x + y, 2) * .cos(x) }),
    ]
}

/// Every operation in one generic expression, to compare the `Double` and `Jet` evaluations.
private struct EveryOperation: DifferentiableSurface {
    func evaluate<T: DiffScalar>(_ x: T, _ y: T) -> T {
        let a = T.sin(x) * T.cos(y) + T.tan(x * 0.3) - T.exp(y * 0.5) / T.log(x * x + 2)
        let b = T.sqrt(x * x + 1) + T.tanh(y) * T.atan(x) + T.power(x * x + 1, 1.5)
        let c = T.pow(y * y + 1, x) + T.atan2(y, x + 3) + T.sigmoid(x - y) + T.softplus(y)
        return a + b - c + T.abs(x) + T.relu(y) + T.min(x, y) * T.max(x, y) - T.square(y)
    }
}

@Suite("Jet against central finite differences")
struct JetFiniteDifferenceTests {
    @Test("the Jet's value equals the plain Double evaluation")
    func value() {
        let s = EveryOperation()
        for p in JetCase.spread + [Vec2(0.25, 0.75), Vec2(-2.5, -1.5)] {
            #expect(JetTesting.isClose(s.jet(at: p).value, s.value(at: p), tolerance: 1e-15), "at \(p)")
        }
    }

    @Test("gradient matches central differences", arguments: JetCase.all)
    func gradient(_ c: JetCase) {
        for p in c.points {
            let exact = c.jet(at: p).gradient
            let numeric = JetTesting.numericGradient(c.surface, at: p)
            #expect(JetTesting.isClose(exact, numeric, tolerance: 1e-7), "at \(p): \(exact) vs \(numeric)")
        }
    }

    @Test("Hessian matches second central differences of the value", arguments: JetCase.all)
    func hessian(_ c: JetCase) {
        for p in c.points {
            let exact = c.jet(at: p).hessian
            let numeric = JetTesting.numericHessian(c.surface, at: p)
            #expect(JetTesting.isClose(exact, numeric, tolerance: 1e-5), "at \(p): \(exact) vs \(numeric)")
        }
    }
}
