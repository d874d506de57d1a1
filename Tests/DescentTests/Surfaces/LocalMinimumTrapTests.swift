import Testing
@testable import Descent

@Suite("Local-minimum trap")
struct LocalMinimumTrapTests {
    /// Roots of 4x³ − 4x + 0.5 = 0 (mpmath polyroots, 30 digits), independent of the code.
    static let globalX = -1.0574537707383779
    static let localX = 0.93040292655585169

    @Test("the known minima are the wells of the tilted double well, the left one deeper")
    func minima() {
        let trap = LocalMinimumTrap()
        #expect(trap.knownMinima.count == 2)
        #expect(abs(trap.knownMinima[0].x - Self.globalX) < 1e-12 && trap.knownMinima[0].y == 0)
        #expect(abs(trap.knownMinima[1].x - Self.localX) < 1e-12 && trap.knownMinima[1].y == 0)
        #expect(trap.value(at: trap.knownMinima[0]) < trap.value(at: trap.knownMinima[1]))
    }

    @Test("minima stay critical and convex, global first, with one well or a negative tilt",
          arguments: [-0.5, 1.5, 1.6, 3])
    func otherTilts(_ tilt: Double) {
        let trap = LocalMinimumTrap(tilt: tilt)
        // Two wells while |τ| < 8/(3√3) ≈ 1.5396.
        #expect(trap.knownMinima.count == (abs(tilt) < 1.5396 ? 2 : 1))
        for m in trap.knownMinima {
            #expect(trap.gradient(at: m).norm < 1e-9, "∇f at \(m)")
            #expect(trap.hessian(at: m).eigenvalues.0 > 0)
        }
        let values = trap.knownMinima.map { trap.value(at: $0) }
        #expect(values == values.sorted())
    }

    @Test("plain GD stays in the side basin; momentum 0.9 with the same lr reaches the global minimum")
    func momentumEscapes() {
        let trap = LocalMinimumTrap()
        let start = LocalMinimumTrap.suggestedStart
        let lr = LocalMinimumTrap.suggestedLearningRate

        var plain = start
        for _ in 0..<3000 { plain -= lr * trap.gradient(at: plain) }

        // torch.optim.SGD: buf = g at the first step, then buf = μ·buf + g; θ −= lr·buf.
        var heavy = start
        var buffer: Vec2?
        for _ in 0..<3000 {
            let g = trap.gradient(at: heavy)
            buffer = buffer.map { 0.9 * $0 + g } ?? g
            heavy -= lr * buffer!
        }

        #expect((plain - Vec2(Self.localX, 0)).norm < 1e-6)
        #expect((heavy - Vec2(Self.globalX, 0)).norm < 1e-6)
    }
}
