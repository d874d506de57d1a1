import Testing
@testable import Descent

/// Gradient clipping and noise inside a simulation, checked by hand on a plane, where the exact
/// gradient is the same (3, 4) everywhere (norm 5), with plain gradient descent at γ = 1.
@Suite struct ClippingAndNoiseTests {
    let plane = SimulationTesting.Plane(a: 3, b: 4)

    func firstPoint(clipValue: Double? = nil, clipNorm: Double? = nil) -> Vec2 {
        var run = SimulationTesting.run(.sgd, lr: 1, start: .zero, steps: 1)
        run.clipValue = clipValue
        run.clipNorm = clipNorm
        return Simulator.simulate(run, on: plane).points[1]
    }

    @Test func clipNormRescalesByMaxNormOverNormPlusOneMillionth() {
        let coef = 1 / (5 + 1e-6)
        #expect(firstPoint(clipNorm: 1) == Vec2(-3 * coef, -4 * coef))
        #expect(firstPoint(clipNorm: 10) == Vec2(-3, -4))   // coef = 10/5.000001 > 1: untouched
    }

    @Test func clipValueClampsEachComponent() {
        #expect(firstPoint(clipValue: 2) == Vec2(-2, -2))
        #expect(firstPoint(clipValue: 3.5) == Vec2(-3, -3.5))
    }

    @Test func valueClippingComesBeforeNormClipping() {
        // (3, 4) → (3, 3.5), norm √21.25, then scaled by 1/(√21.25 + 1e-6).
        let coef = 1 / (21.25.squareRoot() + 1e-6)
        #expect(firstPoint(clipValue: 3.5, clipNorm: 1) == Vec2(-3 * coef, -3.5 * coef))
    }

    @Test func clippingKeepsNaNComponentsNaN() {
        var gradient = [Double.nan, 5, -5]
        GradientClipping.clipValue(&gradient, limit: 1)
        #expect(gradient[0].isNaN && gradient[1] == 1 && gradient[2] == -1)
        GradientClipping.clipNorm(&gradient, maxNorm: 1)
        #expect(gradient.allSatisfy { $0.isNaN })
    }

    @Test func noiseIsSigmaTimesTheSeededNormalsXThenY() {
        var run = SimulationTesting.run(.sgd, lr: 0.1, start: Vec2(1, 2), steps: 3)
        run.noise = 0.5
        run.seed = 99
        let trajectory = Simulator.simulate(run, on: plane)
        var normals = NoiseGenerator(seed: 99)
        var x = 1.0, y = 2.0
        for k in 1...3 {
            x -= 0.1 * (3 + 0.5 * normals.nextGaussian())
            y -= 0.1 * (4 + 0.5 * normals.nextGaussian())
            #expect(OptimizerTesting.close(trajectory.points[k].x, x) && OptimizerTesting.close(trajectory.points[k].y, y))
        }
        // Recorded gradient norms stay those of the exact gradient.
        #expect(trajectory.gradientNorms.allSatisfy { $0 == 5 })
    }

    @Test func sameSeedSameTrajectoryDifferentSeedDifferentTrajectory() {
        var run = SimulationTesting.run(.adam, lr: 0.05, start: Vec2(-1.5, 2.5), steps: 200)
        run.noise = 2
        run.seed = 1
        let surface = SimulationTesting.Rosenbrock()
        let first = Simulator.simulate(run, on: surface)
        #expect(Simulator.simulate(run, on: surface) == first)
        run.seed = 2
        #expect(Simulator.simulate(run, on: surface).points != first.points)
    }
}
