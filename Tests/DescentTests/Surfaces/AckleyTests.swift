import Foundation
import Testing
@testable import Descent

@Suite("Ackley")
struct AckleyTests {
    @Test("at the origin: f = 0, ∇f = 0, Hessian finite (a·b/(2ε) + e·c²/2)·I, no NaN")
    func origin() {
        let ackley = Ackley()
        let jet = ackley.jet(at: .zero)
        #expect(jet.value == 0)
        #expect(jet.gradient == .zero)
        let expected = 20 * 0.2 / (2 * Ackley.smoothing) + exp(1) * 4 * .pi * .pi / 2
        #expect(abs(jet.hessian.xx - expected) < 1e-9 * expected)
        #expect(abs(jet.hessian.yy - expected) < 1e-9 * expected)
        #expect(jet.hessian.xy == 0)
    }

    @Test("gradient stays finite just off the origin")
    func nearOrigin() {
        for p in [Vec2(1e-12, 0), Vec2(0, -1e-9), Vec2(3e-8, 4e-8), Vec2(1e-300, 1e-300)] {
            let jet = Ackley().jet(at: p)
            #expect(jet.value.isFinite && jet.gradient.isFinite)
            #expect(jet.hessian.xx.isFinite && jet.hessian.xy.isFinite && jet.hessian.yy.isFinite)
        }
    }

    @Test("the smoothing changes f by less than a·b·ε from the textbook formula")
    func matchesTextbook() {
        func textbook(_ x: Double, _ y: Double) -> Double {
            -20 * exp(-0.2 * (0.5 * (x * x + y * y)).squareRoot())
                - exp(0.5 * (cos(2 * .pi * x) + cos(2 * .pi * y))) + 20 + exp(1)
        }
        for p in SurfaceCheck.samplePoints(in: ViewBox(x: -5...5, y: -5...5)) + [Vec2(1e-5, 0)] {
            #expect(abs(Ackley().value(at: p) - textbook(p.x, p.y)) <= 4 * Ackley.smoothing + 1e-14)
        }
    }
}
