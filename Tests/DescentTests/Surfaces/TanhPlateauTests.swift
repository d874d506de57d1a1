import Testing
@testable import Descent

@Suite("Plateau")
struct TanhPlateauTests {
    @Test("|∇f| < 0.01 on more than 60% of the domain [−6, 6]²")
    func flatFraction() {
        let plateau = TanhPlateau()
        let n = 201
        var flat = 0
        for i in 0..<n {
            for j in 0..<n {
                let p = Vec2(-6 + 12 * Double(i) / Double(n - 1), -6 + 12 * Double(j) / Double(n - 1))
                if plateau.gradient(at: p).norm < 0.01 { flat += 1 }
            }
        }
        #expect(Double(flat) / Double(n * n) > 0.6)
    }

    @Test("the minimum is at the origin: f = 0, ∇f = 0, Hessian k·I", arguments: [1.0, 2.5])
    func minimum(_ k: Double) {
        let plateau = TanhPlateau(steepness: k)
        #expect(plateau.value(at: .zero) == 0)
        #expect(plateau.gradient(at: .zero) == .zero)
        let h = plateau.hessian(at: .zero)
        #expect(abs(h.xx - k) < 1e-12 && abs(h.yy - k) < 1e-12 && h.xy == 0)
        #expect(plateau.value(at: Vec2(6, 6)) > plateau.value(at: Vec2(1, 0)))
    }

    @Test("plain GD from the suggested start crawls for 800 steps, then falls to the minimum")
    func crawlThenFall() {
        let plateau = TanhPlateau()
        let lr = TanhPlateau.suggestedLearningRate
        var p = TanhPlateau.suggestedStart
        for _ in 0..<800 { p -= lr * plateau.gradient(at: p) }
        #expect(plateau.value(at: p) > 0.99)
        for _ in 800..<1200 { p -= lr * plateau.gradient(at: p) }
        #expect(plateau.value(at: p) < 1e-6)
    }
}
