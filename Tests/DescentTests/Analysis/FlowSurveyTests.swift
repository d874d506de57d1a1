import Foundation
import Synchronization
import Testing
@testable import Descent

/// The escape test's gradient flows follow the survey they are given: on a network landscape,
/// the drawn grid, not the exact slice (each of whose gradients is a pass over every sample).
struct FlowSurveyTests {
    /// `QuadraticBowl` that counts its gradient evaluations.
    final class Counting: Surface {
        let bowl = QuadraticBowl(condition: 10)
        let gradients = Atomic<Int>(0)
        func value(at p: Vec2) -> Double { bowl.value(at: p) }
        func gradient(at p: Vec2) -> Vec2 {
            gradients.add(1, ordering: .relaxed)
            return bowl.gradient(at: p)
        }
        func hessian(at p: Vec2) -> SymmetricMatrix2 { bowl.hessian(at: p) }
    }

    @Test func flowsFollowTheFlowSurveysSurface() {
        let exact = Counting(), drawn = Counting()
        let view = ViewBox(x: -4...4, y: -4...4)
        let survey = LandscapeSurvey(surface: exact, view: view)
        let flows = LandscapeSurvey(surface: drawn, view: view, criticalPoints: survey.criticalPoints)
        // A run that stopped halfway to the minimum: the flows from its start and its end are
        // integrated, each many steps.
        let points = (0...5).map { Vec2(3 - 0.3 * Double($0), 1 - 0.1 * Double($0)) }
        let run = Run(optimizer: Optimizer(.sgd), lr: .constant(0.1), start: points[0], steps: points.count - 1)
        let trajectory = Trajectory(run: run, points: points, losses: points.map(exact.bowl.value(at:)),
                                    learningRates: Array(repeating: 0.1, count: points.count),
                                    gradientNorms: points.map { exact.bowl.gradient(at: $0).norm }, end: .completed)
        let before = (exact.gradients.load(ordering: .relaxed), drawn.gradients.load(ordering: .relaxed))
        _ = OutcomeClassifier.classify(trajectory, survey: survey, flows: flows)
        let exactCalls = exact.gradients.load(ordering: .relaxed) - before.0
        let drawnCalls = drawn.gradients.load(ordering: .relaxed) - before.1
        // The classification itself reads a handful of exact gradients at the run's points;
        // the flows (hundreds of steps each) read the drawn surface only.
        #expect(exactCalls <= points.count)
        #expect(drawnCalls > 100)
    }
}
