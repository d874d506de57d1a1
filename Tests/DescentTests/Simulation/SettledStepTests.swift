import Testing
@testable import Descent

/// When a run counts as converged: it stays within a tolerance of its end for long enough.
@Suite struct SettledStepTests {
    static func trajectory(_ xs: [Double], steps: Int, end: RunEnd = .completed) -> Trajectory {
        let run = SimulationTesting.run(.sgd, lr: 0.1, start: Vec2(xs[0], 0), steps: steps)
        return Trajectory(run: run, points: xs.map { Vec2($0, 0) }, losses: xs, learningRates: xs.map { _ in 0.1 },
                          gradientNorms: xs, end: end)
    }

    @Test func settlesWhereItStopsMoving() {
        // From point 2 on, every point is within 0.001 of the last (1, 0).
        let t = Self.trajectory([4, 2, 1, 1.0005, 1, 1, 1, 1, 1, 1, 1], steps: 10)
        #expect(t.settledStep(tolerance: 0.001) == 2)
        // A tighter tolerance excludes point 3 (0.0005 away): settled from point 4.
        #expect(t.settledStep(tolerance: 0.0001) == 4)
    }

    @Test func stillMovingAtTheEndHasNotSettled() {
        let t = Self.trajectory([4, 3, 2, 1.5, 1.2, 1.1, 1.05, 1.02, 1.01, 1.005, 1.0], steps: 10)
        #expect(t.settledStep(tolerance: 0.001) == nil)
    }

    @Test func aStillStretchShorterThanATwentiethDoesNotCount() {
        // 100 steps: it must stay put for at least 5; here it arrives at step 97 (3 steps still).
        let xs = (0...100).map { $0 < 97 ? Double(100 - $0) : 0 }
        #expect(Self.trajectory(xs, steps: 100).settledStep(tolerance: 0.001) == nil)
        let later = (0...100).map { $0 < 95 ? Double(100 - $0) : 0 }
        #expect(Self.trajectory(later, steps: 100).settledStep(tolerance: 0.001) == 95)
    }

    @Test func gradientDescentOnAQuadraticSettlesWhereTheClosedFormSays() {
        // f = ½x²: x_k = 2 · 0.5^k with lr 0.5. |x_k − x_40| ≤ 1e-3 first for 2 · 0.5^k ≤ 1e-3
        // (x_40 ≈ 2e-12), i.e. 0.5^k ≤ 5e-4, k ≥ log2(2000) = 10.97: k = 11.
        let run = SimulationTesting.run(.sgd, lr: 0.5, start: Vec2(2, 0), steps: 40)
        let t = Simulator.simulate(run, on: SimulationTesting.Quadratic(a: 1, b: 1))
        #expect(t.settledStep(tolerance: 1e-3) == 11)
    }

    @Test func divergedRunsNeverSettle() {
        let t = Self.trajectory([1, 1, 1, 1, 1, 1], steps: 10, end: .diverged(step: 5))
        #expect(t.settledStep(tolerance: 0.1) == nil)
    }
}
