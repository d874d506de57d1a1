import Foundation
import Testing
@testable import Descent

/// Plain gradient descent on a quadratic against its closed-form iterate, and what a trajectory
/// records at each point.
@Suite struct GradientDescentClosedFormTests {
    /// On f = ½(a x² + b y²), x_k = (1 − γa)^k x_0 and y_k = (1 − γb)^k y_0.
    @Test func iteratesFollowTheClosedForm() {
        let surface = SimulationTesting.Quadratic(a: 1.5, b: 4)
        let run = SimulationTesting.run(.sgd, lr: 0.1, start: Vec2(3, -2), steps: 200)
        let trajectory = Simulator.simulate(run, on: surface)
        #expect(trajectory.end == .completed)
        #expect(trajectory.points.count == 201)
        for k in 0...200 {
            let x = pow(1 - 0.1 * 1.5, Double(k)) * 3
            let y = pow(1 - 0.1 * 4, Double(k)) * -2
            let p = trajectory.points[k]
            #expect(abs(p.x - x) <= 1e-12 * abs(x) && abs(p.y - y) <= 1e-12 * abs(y), "k = \(k)")
        }
    }

    @Test func recordsLossGradientNormAndTheLearningRateOfTheNextUpdate() {
        let surface = SimulationTesting.Quadratic(a: 1, b: 2)
        let schedule = Schedule.exponentialDecay(initialLearningRate: 0.1, decaySteps: 2, decayRate: 0.5, staircase: true)
        let run = Run(optimizer: Optimizer(.sgd), lr: schedule, start: Vec2(1, 1), steps: 5)
        let trajectory = Simulator.simulate(run, on: surface)
        #expect(trajectory.learningRates == [0.1, 0.1, 0.05, 0.05, 0.025, 0.025])
        var x = 1.0, y = 1.0
        for k in 0...5 {
            if k > 0 {
                let lr = trajectory.learningRates[k - 1]
                x -= lr * x
                y -= lr * 2 * y
            }
            #expect(OptimizerTesting.close(trajectory.points[k].x, x) && OptimizerTesting.close(trajectory.points[k].y, y))
            #expect(OptimizerTesting.close(trajectory.losses[k], 0.5 * (x * x + 2 * y * y)))
            #expect(OptimizerTesting.close(trajectory.gradientNorms[k], (x * x + 4 * y * y).squareRoot()))
        }
    }

    @Test func zeroOrNegativeStepsGiveTheStartAlone() {
        for steps in [0, -3] {
            let trajectory = Simulator.simulate(SimulationTesting.run(.adam, lr: 0.1, start: Vec2(1, 2), steps: steps),
                                                on: SimulationTesting.Quadratic(a: 1, b: 1))
            #expect(trajectory.points == [Vec2(1, 2)])
            #expect(trajectory.losses == [2.5] && trajectory.learningRates == [0.1])
            #expect(trajectory.end == .completed)
        }
    }
}
