import Foundation
import Testing
@testable import Descent

/// `power` at special exponents and at 0, the logistic functions far from 0, and kinks.
@Suite("Jet edge cases")
struct JetEdgeCaseTests {
    let zero = SymmetricMatrix2(xx: 0, xy: 0, yy: 0)

    @Test("power with n = 0 is the constant 1, even at 0", arguments: [0.0, 3, -2])
    func powerZero(_ u: Double) {
        let j = Jet.power(Jet.x(u), 0)
        #expect(j == Jet(value: 1, gradient: .zero, hessian: zero))
        #expect(Double.power(u, 0) == 1)
    }

    @Test("power with n = 1 is the argument itself", arguments: [0.0, 3, -2])
    func powerOne(_ u: Double) {
        let a = Jet.x(u) * Jet.y(2) + Jet.y(2)   // gradient (2, u + 1), Hessian xy = 1
        #expect(Jet.power(a, 1) == a)
    }

    @Test("power with n = 2 at 0: value 0, gradient 0, Hessian 2∇u∇uᵀ")
    func powerTwoAtZero() {
        let j = Jet.power(Jet.x(0) + Jet.y(0), 2)
        #expect(j == Jet(value: 0, gradient: .zero, hessian: SymmetricMatrix2(xx: 2, xy: 2, yy: 2)))
        // Negative base: (−3)² = 9, 2u = −6.
        #expect(Jet.power(Jet.x(-3), 2) == Jet(value: 9, gradient: Vec2(-6, 0), hessian: SymmetricMatrix2(xx: 2, xy: 0, yy: 0)))
    }

    @Test("power with n = 3, 4 and 2.5 at 0: everything exists and is 0", arguments: [3.0, 4, 2.5])
    func powerAboveTwoAtZero(_ n: Double) {
        for a in [Jet.x(0), Jet.x(0) + Jet.y(0), Jet.x(0) * Jet.y(0)] {
            let j = Jet.power(a, n)
            #expect(j == Jet(value: 0, gradient: .zero, hessian: zero), "n = \(n): \(j)")
        }
    }

    @Test("power with n = 1.5 at 0: the gradient exists and is 0 (f_xx does not exist)")
    func powerOneAndAHalfGradient() {
        let j = Jet.power(Jet.x(0), 1.5)
        #expect(j.value == 0)
        #expect(j.gradient == .zero)
        #expect(j.hessian.xx == .infinity)   // f'' = 0.75 u^−½ → +∞ from the right
    }

    @Test("power with n = 1.5 at 0: f = x^1.5 has f_xy = f_yy = 0 there, not NaN")
    func powerOneAndAHalfMixed() {
        let j = Jet.power(Jet.x(0), 1.5)
        #expect(j.hessian.xy == 0)
        #expect(j.hessian.yy == 0)
    }

    @Test("sigmoid and softplus at |a| = 800 and 1000 stay finite and exact", arguments: [800.0, 1000])
    func logisticFarOut(_ a: Double) {
        let up = Jet.sigmoid(Jet.x(a)), down = Jet.sigmoid(Jet.x(-a))
        #expect(JetTesting.isAllFinite(up) && JetTesting.isAllFinite(down))
        // σ(±a) is 1 or e^−a (which underflows to 0); σ' = σ(1 − σ) and σ'' both underflow.
        #expect(up.value == 1 && down.value >= 0 && down.value < 1e-300)
        #expect(abs(up.gradient.x) < 1e-300 && abs(down.gradient.x) < 1e-300)
        #expect(abs(up.hessian.xx) < 1e-300 && abs(down.hessian.xx) < 1e-300)
        let big = Jet.softplus(Jet.x(a)), small = Jet.softplus(Jet.x(-a))
        #expect(JetTesting.isAllFinite(big) && JetTesting.isAllFinite(small))
        #expect(big.value == a && big.gradient == Vec2(1, 0) && abs(big.hessian.xx) < 1e-300)
        #expect(small.value >= 0 && small.value < 1e-300)
        #expect(abs(small.gradient.x) < 1e-300 && abs(small.hessian.xx) < 1e-300)
        #expect(Double.sigmoid(a) == 1 && Double.sigmoid(-a) < 1e-300)
        #expect(Double.softplus(a) == a && Double.softplus(-a) < 1e-300)
    }

    @Test("sigmoid and softplus at ±40 keep their tiny derivatives to relative accuracy")
    func logisticTails() {
        let e = exp(-40.0)   // σ(−40) = e/(1 + e), σ'(±40) = e/(1 + e)², σ''(±40) = ∓e(1 − e)/(1 + e)³
        let d1 = e / ((1 + e) * (1 + e)), d2 = e * (1 - e) / ((1 + e) * (1 + e) * (1 + e))
        func relClose(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-12 * abs(b) }
        let up = Jet.sigmoid(Jet.x(40)), down = Jet.sigmoid(Jet.x(-40))
        #expect(relClose(down.value, e / (1 + e)))
        #expect(relClose(up.gradient.x, d1) && relClose(down.gradient.x, d1))
        #expect(relClose(up.hessian.xx, -d2) && relClose(down.hessian.xx, d2))
        // softplus' = σ, softplus'' = σ'.
        let big = Jet.softplus(Jet.x(40)), small = Jet.softplus(Jet.x(-40))
        #expect(big.value == 40 && abs(small.value - e) < 1e-16)
        #expect(relClose(big.gradient.x, 1 / (1 + e)) && relClose(small.gradient.x, e / (1 + e)))
        #expect(relClose(big.hessian.xx, d1) && relClose(small.hessian.xx, d1))
    }

    @Test("abs and relu take one side's derivative at the kink; away from it, the right one")
    func kinks() {
        let a = Jet.abs(Jet.x(0))
        #expect(a.value == 0 && abs(a.gradient.x) == 1 && a.gradient.y == 0 && a.hessian == zero)
        let r = Jet.relu(Jet.x(0))
        #expect(r.value == 0 && (r.gradient.x == 0 || r.gradient.x == 1) && r.hessian == zero)
        #expect(Jet.abs(Jet.x(-2)) == Jet(value: 2, gradient: Vec2(-1, 0), hessian: zero))
        #expect(Jet.abs(Jet.y(2)) == Jet(value: 2, gradient: Vec2(0, 1), hessian: zero))
        #expect(Jet.relu(Jet.x(-2)) == Jet(0))
        #expect(Jet.relu(Jet.y(2)) == Jet.y(2))
    }

    @Test("min and max pick a branch; at a tie, one of the two")
    func minMax() {
        let x = Jet.x(1), y = Jet.y(2)
        #expect(Jet.min(x, y) == x && Jet.min(y, x) == x)
        #expect(Jet.max(x, y) == y && Jet.max(y, x) == y)
        let tx = Jet.x(1), ty = Jet.y(1)
        for m in [Jet.min(tx, ty), Jet.max(tx, ty)] {
            #expect(m.value == 1 && (m.gradient == Vec2(1, 0) || m.gradient == Vec2(0, 1)))
        }
    }

    @Test("sigmoid' and softplus' are continuous just either side of 0 (0 itself: JetClosedFormTests)")
    func logisticAcrossZero() {
        for a in [-1e-9, 1e-9] {
            #expect(abs(Jet.sigmoid(Jet.x(a)).gradient.x - 0.25) < 1e-9, "σ'(\(a))")
            #expect(abs(Jet.softplus(Jet.x(a)).gradient.x - 0.5) < 1e-9, "softplus'(\(a))")
        }
    }
}
