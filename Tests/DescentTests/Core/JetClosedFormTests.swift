import Foundation
import Testing
@testable import Descent

/// Value, gradient and Hessian of `Jet` expressions against hand-derived partial derivatives.
@Suite("Jet against closed-form derivatives")
struct JetClosedFormTests {
    func expectJet(_ j: Jet, value: Double, gradient: (Double, Double),
                   hessian: (xx: Double, xy: Double, yy: Double),
                   tolerance: Double = 1e-14, sourceLocation: SourceLocation = #_sourceLocation) {
        let ok = JetTesting.isClose(j.value, value, tolerance: tolerance)
            && JetTesting.isClose(j.gradient, Vec2(gradient.0, gradient.1), tolerance: tolerance)
            && JetTesting.isClose(j.hessian, SymmetricMatrix2(xx: hessian.xx, xy: hessian.xy, yy: hessian.yy),
                                  tolerance: tolerance)
        #expect(ok, "got \(j), expected \(value), \(gradient), \(hessian)", sourceLocation: sourceLocation)
    }

    @Test("seeds: x and y have unit gradients, constants have none")
    func seeds() {
        expectJet(Jet.x(2.5), value: 2.5, gradient: (1, 0), hessian: (0, 0, 0))
        expectJet(Jet.y(-1), value: -1, gradient: (0, 1), hessian: (0, 0, 0))
        expectJet(Jet(7), value: 7, gradient: (0, 0), hessian: (0, 0, 0))
    }

    @Test("f = x²y + sin y at (2, 0.5)")
    func polynomialPlusSine() {
        let x = Jet.x(2), y = Jet.y(0.5)
        let f = x * x * y + Jet.sin(y)
        // f_x = 2xy, f_y = x² + cos y, f_xx = 2y, f_xy = 2x, f_yy = −sin y.
        expectJet(f, value: 2 + sin(0.5), gradient: (2, 4 + cos(0.5)), hessian: (1, 4, -sin(0.5)))
    }

    @Test("sums, differences, negation and constants mix linearly")
    func linear() {
        let x = Jet.x(3), y = Jet.y(-2)
        expectJet(2 * x - y + 1, value: 9, gradient: (2, -1), hessian: (0, 0, 0))
        expectJet(-(x * y) + 4 - x, value: 7, gradient: (1, -3), hessian: (0, -1, 0))
        expectJet(1 - x / 2, value: -0.5, gradient: (-0.5, 0), hessian: (0, 0, 0))
    }

    @Test("f = x / y at (3, 2)")
    func quotient() {
        // f_x = 1/y, f_y = −x/y², f_xx = 0, f_xy = −1/y², f_yy = 2x/y³.
        expectJet(Jet.x(3) / Jet.y(2), value: 1.5, gradient: (0.5, -0.75), hessian: (0, -0.25, 0.75))
        // f = 1/x at 4: −1/x², 2/x³.
        expectJet(1 / Jet.x(4), value: 0.25, gradient: (-1.0 / 16, 0), hessian: (2.0 / 64, 0, 0))
    }

    @Test("f = exp(xy) at (1, 2)")
    func exponential() {
        let e2 = exp(2.0)
        // f_x = y e^{xy}, f_y = x e^{xy}, f_xx = y² e^{xy}, f_xy = (1 + xy) e^{xy}, f_yy = x² e^{xy}.
        expectJet(Jet.exp(Jet.x(1) * Jet.y(2)), value: e2, gradient: (2 * e2, e2), hessian: (4 * e2, 3 * e2, e2))
    }

    @Test("f = x^y at (2, 3), variable exponent")
    func variablePower() {
        let l = log(2.0)
        // f_x = y x^{y−1}, f_y = x^y ln x, f_xx = y(y−1)x^{y−2}, f_xy = x^{y−1}(1 + y ln x), f_yy = x^y ln²x.
        expectJet(Jet.pow(Jet.x(2), Jet.y(3)), value: 8, gradient: (12, 8 * l),
                  hessian: (12, 4 * (1 + 3 * l), 8 * l * l))
    }

    @Test("f = atan2(y, x) at (2, 1)")
    func angle() {
        // θ_x = −y/r², θ_y = x/r², θ_xx = 2xy/r⁴, θ_xy = (y² − x²)/r⁴, θ_yy = −2xy/r⁴, r² = 5.
        expectJet(Jet.atan2(Jet.y(1), Jet.x(2)), value: atan(0.5), gradient: (-0.2, 0.4),
                  hessian: (4.0 / 25, -3.0 / 25, -4.0 / 25))
        expectJet(Jet.atan2(Jet.y(1), Jet.x(1)), value: .pi / 4, gradient: (-0.5, 0.5), hessian: (0.5, 0, -0.5))
    }

    @Test("f = √(x² + y²) at (3, 4)")
    func radius() {
        let f = Jet.sqrt(Jet.x(3) * Jet.x(3) + Jet.y(4) * Jet.y(4))
        // f_x = x/r, f_y = y/r, f_xx = y²/r³, f_xy = −xy/r³, f_yy = x²/r³, r = 5.
        expectJet(f, value: 5, gradient: (0.6, 0.8), hessian: (16.0 / 125, -12.0 / 125, 9.0 / 125))
    }

    @Test("f = log(xy) at (2, 5)")
    func logarithm() {
        expectJet(Jet.log(Jet.x(2) * Jet.y(5)), value: log(10.0), gradient: (0.5, 0.2),
                  hessian: (-0.25, 0, -1.0 / 25))
    }

    @Test("one-variable functions at points with exact derivatives")
    func unary() {
        // tan at π/4: 1, sec² = 2, 2 tan sec² = 4.
        expectJet(Jet.tan(Jet.x(.pi / 4)), value: 1, gradient: (2, 0), hessian: (4, 0, 0), tolerance: 1e-15 * 8)
        // tanh at ½ ln 3 is ½: 1 − t² = ¾, −2t(1 − t²) = −¾.
        expectJet(Jet.tanh(Jet.y(0.5 * log(3.0))), value: 0.5, gradient: (0, 0.75), hessian: (0, 0, -0.75))
        // atan at 1: π/4, 1/(1 + x²) = ½, −2x/(1 + x²)² = −½.
        expectJet(Jet.atan(Jet.x(1)), value: .pi / 4, gradient: (0.5, 0), hessian: (-0.5, 0, 0))
        // cos at π/3: ½, −sin = −√3/2, −cos = −½.
        expectJet(Jet.cos(Jet.x(.pi / 3)), value: 0.5, gradient: (-(3.0).squareRoot() / 2, 0),
                  hessian: (-0.5, 0, 0))
        // sin(2y) at y = π/12: ½, 2 cos(π/6) = √3, −4 sin(π/6) = −2.
        expectJet(Jet.sin(2 * Jet.y(.pi / 12)), value: 0.5, gradient: (0, (3.0).squareRoot()),
                  hessian: (0, 0, -2))
        // √x at 4: 2, 1/(2√x) = ¼, −1/(4 x^{3/2}) = −1/32.
        expectJet(Jet.sqrt(Jet.x(4)), value: 2, gradient: (0.25, 0), hessian: (-1.0 / 32, 0, 0))
        expectJet(Jet.square(Jet.x(-3)), value: 9, gradient: (-6, 0), hessian: (2, 0, 0))
    }

    @Test("constant powers: x³ and x⁻¹ at negative x, x^2.5 at 4")
    func constantPower() {
        expectJet(Jet.power(Jet.x(-2), 3), value: -8, gradient: (12, 0), hessian: (-12, 0, 0))
        // u⁻¹ at −2: −½, −u⁻² = −¼, 2u⁻³ = −¼.
        expectJet(Jet.power(Jet.x(-2), -1), value: -0.5, gradient: (-0.25, 0), hessian: (-0.25, 0, 0))
        // u^2.5 at 4: 32, 2.5·8 = 20, 3.75·2 = 7.5.
        expectJet(Jet.power(Jet.y(4), 2.5), value: 32, gradient: (0, 20), hessian: (0, 0, 7.5))
    }

    @Test("sigmoid and softplus at ±ln 3")
    func logistic() {
        let l3 = log(3.0)
        // σ(ln 3) = ¾, σ' = σ(1 − σ) = 3/16, σ'' = σ'(1 − 2σ) = −3/32.
        expectJet(Jet.sigmoid(Jet.x(l3)), value: 0.75, gradient: (3.0 / 16, 0), hessian: (-3.0 / 32, 0, 0))
        expectJet(Jet.sigmoid(Jet.x(-l3)), value: 0.25, gradient: (3.0 / 16, 0), hessian: (3.0 / 32, 0, 0))
        // softplus = ln(1 + eᵃ): ln 4 and ln(4/3); softplus' = σ, softplus'' = σ(1 − σ).
        expectJet(Jet.softplus(Jet.x(l3)), value: log(4.0), gradient: (0.75, 0), hessian: (3.0 / 16, 0, 0))
        expectJet(Jet.softplus(Jet.x(-l3)), value: log(4.0 / 3), gradient: (0.25, 0), hessian: (3.0 / 16, 0, 0))
    }

    @Test("sigmoid and softplus at 0, where softplus is smooth: ln 2, σ(0) = ½, σ'(0) = ¼")
    func logisticAtZero() {
        expectJet(Jet.sigmoid(Jet.x(0)), value: 0.5, gradient: (0.25, 0), hessian: (0, 0, 0))
        // softplus has no kink at 0; its derivative there is σ(0) = ½ from either side.
        expectJet(Jet.softplus(Jet.x(0)), value: log(2.0), gradient: (0.5, 0), hessian: (0.25, 0, 0))
    }
}
