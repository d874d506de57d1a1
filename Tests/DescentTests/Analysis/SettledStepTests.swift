import Foundation
import Testing
@testable import Descent

/// When a run counts as settled: one notion, the classifier's. A run is settled from the first
/// step of the final stretch it spends within the survey's settle radius r (10⁻³ of the view's
/// diagonal) of the critical point it ends at; a minimum makes it converged, a saddle stuck.
/// Animations stop drawing a run there and still figures date its arrival from there.
@Suite struct SettledStepTests {
    static let view = ViewBox(x: -4...4, y: -4...4)  // r = 10⁻³ · 8√2 = 0.011314

    /// f = ½(x² + y²), lr 0.5: x_k = 2 · 0.5^k. 2 · 0.5^k ≤ 0.011314 first for
    /// 0.5^k ≤ 0.005657, k ≥ log₂(176.8) = 7.47: k = 8 (x_8 = 0.0078; x_7 = 0.0156 is outside).
    @Test func gradientDescentOnAQuadraticSettlesWhereTheClosedFormSays() {
        let surface = SimulationTesting.Quadratic(a: 1, b: 1)
        let run = SimulationTesting.run(.sgd, lr: 0.5, start: Vec2(2, 0), steps: 40)
        let outcome = OutcomeClassifier.classify(Simulator.simulate(run, on: surface),
                                                 survey: LandscapeSurvey(surface: surface, view: Self.view))
        guard case let .converged(c, step, _) = outcome.kind else { Issue.record("\(outcome)"); return }
        #expect(step == 8 && outcome.settledStep == 8)
        #expect(abs(c.position.x) < 1e-9 && abs(c.position.y) < 1e-9)
    }

    /// A noise-free run on the saddle's stable line stalls there: f = x² − y², lr 0.05 from
    /// (1.8, 0) (saddle-escape.yaml's exact run): x_{k+1} = 0.9 x_k. On [−2, 2]², r = 10⁻³ · 4√2
    /// = 0.0056569, and 1.8 · 0.9^k ≤ r first for k ≥ ln(0.0031427)/ln(0.9) = 54.7: k = 55.
    /// It settled, but at a saddle: stuck, not converged.
    @Test func aRunThatStallsAtASaddleIsStuckNotConverged() {
        let run = SimulationTesting.run(.sgd, lr: 0.05, start: Vec2(1.8, 0), steps: 60)
        let survey = LandscapeSurvey(surface: Saddle(), view: ViewBox(x: -2...2, y: -2...2))
        let outcome = OutcomeClassifier.classify(Simulator.simulate(run, on: Saddle()), survey: survey)
        guard case let .stuck(c, step) = outcome.kind else { Issue.record("\(outcome)"); return }
        #expect(c.kind == .saddle && step == 55 && outcome.settledStep == 55)
        #expect(outcome.text(.long) == "stuck at the saddle (0, 0) since step 55")
    }

    /// The classifier asks where the run ends, not for how long it stayed: a run that reaches
    /// the minimum at step 97 of 100 settled at 97 (x = 100 − k until then, exactly 0 after).
    @Test func aLateArrivalStillSettles() {
        let surface = SimulationTesting.Quadratic(a: 1, b: 1)
        let survey = LandscapeSurvey(surface: surface, view: ViewBox(x: -1...101, y: -1...1))
        let points = (0...100).map { Vec2($0 < 97 ? Double(100 - $0) : 0, 0) }
        #expect(OutcomeClassifier.classify(Self.trajectory(points, on: surface), survey: survey).settledStep == 97)
    }

    /// A run that stops on a slope (its learning rate decayed to nothing at (1, 0), where
    /// |∇f| = 1) stays put but has not settled: no critical point is within r.
    @Test func stoppingOnASlopeIsNotSettling() {
        let surface = SimulationTesting.Quadratic(a: 1, b: 1)
        let points = (0...40).map { Vec2($0 < 10 ? 3 - 0.2 * Double($0) : 1, 0) }
        let outcome = OutcomeClassifier.classify(Self.trajectory(points, on: surface),
                                                 survey: LandscapeSurvey(surface: surface, view: Self.view))
        #expect(outcome.settledStep == nil)
        guard case .moving = outcome.kind else { Issue.record("\(outcome)"); return }
    }

    /// Halving towards the minimum but stopped after 5 steps (x_5 = 2/32 = 0.0625 > r): still
    /// on its way, not settled.
    @Test func stillMovingAtTheEndHasNotSettled() {
        let surface = SimulationTesting.Quadratic(a: 1, b: 1)
        let points = (0...5).map { Vec2(2 * pow(0.5, Double($0)), 0) }
        let outcome = OutcomeClassifier.classify(Self.trajectory(points, on: surface),
                                                 survey: LandscapeSurvey(surface: surface, view: Self.view))
        #expect(outcome.settledStep == nil)
    }

    @Test func divergedRunsNeverSettle() {
        let surface = SimulationTesting.Quadratic(a: 1, b: 1)
        let points = Array(repeating: Vec2.zero, count: 6)
        let outcome = OutcomeClassifier.classify(Self.trajectory(points, on: surface, end: .diverged(step: 5)),
                                                 survey: LandscapeSurvey(surface: surface, view: Self.view))
        #expect(outcome.kind == .diverged(step: 5) && outcome.settledStep == nil)
    }

    static func trajectory(_ points: [Vec2], on surface: any Surface, end: RunEnd = .completed) -> Trajectory {
        let run = SimulationTesting.run(.sgd, lr: 0.1, start: points[0], steps: points.count - 1)
        return Trajectory(run: run, points: points, losses: points.map(surface.value(at:)),
                          learningRates: points.map { _ in 0.1 }, gradientNorms: points.map { surface.gradient(at: $0).norm },
                          end: end)
    }
}
