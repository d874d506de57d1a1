import Testing
@testable import Descent

/// Divergence is a result: the step it happens at, what is kept, and no trap on NaN or ∞.
@Suite struct DivergenceTests {
    /// The first k ≥ 1 at which x_k = (1 − γa)^k x_0 on f = ½a x² leaves the bounds:
    /// |x_k| > 10¹² or ½a x_k² > 10¹².
    func predictedDivergence(a: Double, lr: Double, x0: Double) -> Int {
        var x = x0
        for k in 1...10_000 {
            x *= 1 - lr * a
            if abs(x) > 1e12 || 0.5 * a * x * x > 1e12 { return k }
        }
        return -1
    }

    @Test func lossBoundReachedFirst() {
        // γa = 3: x_k = (−2)^k, ½x_k² = 2^(2k−1) passes 10¹² at k = 21 (2⁴¹ ≈ 2.2·10¹²).
        let k = predictedDivergence(a: 1, lr: 3, x0: 1)
        #expect(k == 21)
        let trajectory = Simulator.simulate(SimulationTesting.run(.sgd, lr: 3, start: Vec2(1, 0), steps: 100),
                                            on: SimulationTesting.Quadratic(a: 1, b: 1))
        #expect(trajectory.end == .diverged(step: k))
        #expect(trajectory.points.count == k + 1)   // the diverged point is finite: kept
        #expect(trajectory.points.last == Vec2(-2_097_152, 0))
        #expect(trajectory.losses.last == 0.5 * 2_097_152 * 2_097_152)
        #expect(trajectory.learningRates.count == k + 1 && trajectory.gradientNorms.count == k + 1)
    }

    @Test func coordinateBoundReachedFirst() {
        // a = 10⁻¹⁴, γa = 3: |x_k| ≈ 2^k passes 10¹² at k = 40 while the loss is still ≈ 6·10⁹.
        let k = predictedDivergence(a: 1e-14, lr: 3e14, x0: 1)
        #expect(k == 40)
        let trajectory = Simulator.simulate(SimulationTesting.run(.sgd, lr: 3e14, start: Vec2(1, 0), steps: 100),
                                            on: SimulationTesting.Quadratic(a: 1e-14, b: 0))
        #expect(trajectory.end == .diverged(step: k))
        #expect(trajectory.points.count == k + 1)
        #expect((trajectory.losses.last ?? 0) < 1e12)
    }

    @Test func nanLossEndsTheRunAndKeepsTheFinitePoint() {
        // f = √x + y², x_0 = 1, γ = 10: x_1 = 1 − 10·½ = −4, where f is NaN.
        let trajectory = Simulator.simulate(SimulationTesting.run(.sgd, lr: 10, start: Vec2(1, 0), steps: 10),
                                            on: SimulationTesting.SquareRoot())
        #expect(trajectory.end == .diverged(step: 1))
        #expect(trajectory.points == [Vec2(1, 0), Vec2(-4, 0)])
        #expect(trajectory.losses[1].isNaN && trajectory.gradientNorms[1].isNaN)
    }

    @Test func infiniteGradientEndsTheRunWithoutTheNonFinitePoint() {
        // ∂f/∂x = 1/(2√x) is +∞ at x = 0, so x_1 = −∞: not appended.
        let trajectory = Simulator.simulate(SimulationTesting.run(.sgd, lr: 0.1, start: Vec2(0, 1), steps: 10),
                                            on: SimulationTesting.SquareRoot())
        #expect(trajectory.end == .diverged(step: 1))
        #expect(trajectory.points == [Vec2(0, 1)])
        #expect(trajectory.losses.count == 1 && trajectory.learningRates.count == 1 && trajectory.gradientNorms.count == 1)
    }

    @Test(arguments: OptimizerKind.allCases)
    func everyOptimizerSurvivesNaNAndInfinity(kind: OptimizerKind) {
        let surface = SimulationTesting.SquareRoot()
        let starts = [Vec2(0, 1), Vec2(0.5, 0), Vec2(-1, 0), Vec2(.nan, 0), Vec2(.infinity, 1)]
        for start in starts {
            for lr in [1e3, .nan, .infinity] {
                var run = SimulationTesting.run(kind, lr: lr, start: start, steps: 50)
                run.noise = 0.5
                run.clipNorm = 1
                let trajectory = Simulator.simulate(run, on: surface)
                let count = trajectory.points.count
                #expect(count >= 1 && count <= 51)
                #expect([trajectory.losses.count, trajectory.learningRates.count, trajectory.gradientNorms.count]
                        == [count, count, count])
                if case .diverged(let step) = trajectory.end { #expect(step >= 1 && step <= 50) }
            }
        }
        // Nonsense hyperparameters are computed with, never trapped on.
        let nonsense = SimulationTesting.run(kind, lr: 0.1, start: Vec2(1, 1), steps: 20) {
            $0.beta1 = 1; $0.beta2 = .nan; $0.eps = -1; $0.momentum = .infinity; $0.rho = 2; $0.alpha = -1
        }
        let trajectory = Simulator.simulate(nonsense, on: SimulationTesting.Quadratic(a: 1, b: 1))
        #expect(trajectory.points.count >= 1)
    }
}
