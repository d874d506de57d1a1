import Foundation
import Testing
@testable import Descent

/// Each outcome on a trajectory built by hand to be exactly that outcome; expected steps and
/// amplitudes worked out from the construction.
@Suite struct OutcomeClassifierTests {
    /// A completed trajectory through `points` on `surface`, losses and slopes from the surface,
    /// of a run with gradient noise `noise`.
    static func trajectory(_ points: [Vec2], on surface: any Surface, end: RunEnd = .completed, noise: Double = 0) -> Trajectory {
        let run = Run(optimizer: Optimizer(.sgd), lr: .constant(0.1), start: points[0], steps: points.count - 1, noise: noise)
        return Trajectory(run: run, points: points, losses: points.map(surface.value(at:)),
                          learningRates: Array(repeating: 0.1, count: points.count),
                          gradientNorms: points.map { surface.gradient(at: $0).norm }, end: end)
    }

    static let bowl = QuadraticBowl(condition: 10)   // ½(x² + 10y²), Hessian diag(1, 10)
    static let bowlSurvey = LandscapeSurvey(surface: bowl, view: ViewBox(x: -4...4, y: -4...4))

    /// Halving towards the minimum: settle radius 10⁻³·√128 = 0.0113, and 2·0.5ᵏ ≤ 0.0113 first
    /// at k = 8 (2/256 = 0.0078; 2/128 = 0.0156).
    @Test func convergedToTheOnlyMinimum() {
        let t = Self.trajectory((0...40).map { Vec2(2 * pow(0.5, Double($0)), 0) }, on: Self.bowl)
        let outcome = OutcomeClassifier.classify(t, survey: Self.bowlSurvey)
        guard case let .converged(c, step, rank) = outcome.kind else { Issue.record("\(outcome)"); return }
        #expect(c.position == .zero && step == 8 && rank == .only)
        #expect(outcome.escaped == nil)
        #expect(outcome.text(.long) == "converged to (0, 0) at step 8")
        #expect(outcome.text(.medium) == "converged at step 8" && outcome.text(.short) == "converged")
    }

    /// y flips between +2.5 and −2.5 along the steep axis (0, 1): GD at lr = 2/10 on ½(x² + 10y²).
    @Test func oscillatingAlongTheSteepAxis() {
        let t = Self.trajectory((0...100).map { Vec2(0, $0.isMultiple(of: 2) ? 2.5 : -2.5) }, on: Self.bowl)
        let outcome = OutcomeClassifier.classify(t, survey: Self.bowlSurvey)
        #expect(outcome.kind == .oscillating(amplitude: 2.5))
        #expect(outcome.verdict == .oscillation)
        #expect(outcome.text(.medium) == "oscillating ±2.5")
    }

    @Test func divergedWhereTheSimulationStopped() {
        let t = Self.trajectory([Vec2(1, 1), Vec2(-4, -4)], on: Self.bowl, end: .diverged(step: 20))
        #expect(OutcomeClassifier.classify(t, survey: Self.bowlSurvey).kind == .diverged(step: 20))
    }

    /// y = 2.5·(−1.5)ᵏ: f = 31.25·2.25ᵏ is 70.3 at k = 1 and 158 at k = 2, above the highest f
    /// in view (½(16 + 160) = 88) from k = 2 on.
    @Test func divergingOnceTheLossClimbsAboveTheView() {
        let t = Self.trajectory((0...12).map { Vec2(0, 2.5 * pow(-1.5, Double($0))) }, on: Self.bowl)
        let outcome = OutcomeClassifier.classify(t, survey: Self.bowlSurvey)
        #expect(outcome.kind == .diverging(step: 2))
        #expect(outcome.verdict == .failure && outcome.escaped == nil)
    }

    /// 0.01 per step along x: no critical point near, no flips, no flat ground.
    @Test func stillMovingInsideAndOutsideTheView() {
        let inside = Self.trajectory((0...50).map { Vec2(-3 + 0.01 * Double($0), 2) }, on: Self.bowl)
        guard case let .moving(loss, leftView) = OutcomeClassifier.classify(inside, survey: Self.bowlSurvey).kind else {
            Issue.record("not moving"); return
        }
        #expect(leftView == nil && abs(loss - 0.5 * (2.5 * 2.5 + 40)) < 1e-12)
        // ½(2.5² + 10 · 2²) = 23.125: named f on an analytic surface, as given on a network's.
        let moving = OutcomeClassifier.classify(inside, survey: Self.bowlSurvey)
        #expect(moving.text(.long) == "still moving, f = 23.1" && moving.text(.long, quantity: "loss") == "still moving, loss = 23.1")
        // x = 3.905 + 0.01k passes x = 4 between k = 9 (3.995) and k = 10 (4.005).
        let outside = Self.trajectory((0...50).map { Vec2(3.905 + 0.01 * Double($0), 0) }, on: Self.bowl)
        guard case let .moving(_, exit) = OutcomeClassifier.classify(outside, survey: Self.bowlSurvey).kind else {
            Issue.record("not moving"); return
        }
        #expect(exit == 10)
    }

    /// A circle of radius 0.2 around the minimum, one radian per step: about a third of the
    /// steps flip along y (no oscillation), the points' mean is within 0.03 of the centre, the
    /// RMS distance is 0.2 in both halves. A spiral shrinking by 1 % a step (0.067 from the
    /// minimum after 200 steps) is no wandering.
    @Test func wanderingAroundAMinimum() {
        let circle = (0...200).map { Vec2(0.2 * cos(Double($0)), 0.2 * sin(Double($0))) }
        let t = Self.trajectory(circle, on: Self.bowl, noise: 0.5)
        guard case let .wandering(c, radius) = OutcomeClassifier.classify(t, survey: Self.bowlSurvey).kind else {
            Issue.record("not wandering"); return
        }
        #expect(c.position == .zero && abs(radius - 0.2) < 1e-12)
        let spiral = Self.trajectory((0...200).map { Vec2(cos(0.3 * Double($0)), sin(0.3 * Double($0))) * (0.5 * pow(0.99, Double($0))) },
                                     on: Self.bowl, noise: 0.5)
        if case .wandering = OutcomeClassifier.classify(spiral, survey: Self.bowlSurvey).kind { Issue.record("a spiral is not wandering") }
        // Without gradient noise the same circling is not wandering but still moving.
        guard case .moving = OutcomeClassifier.classify(Self.trajectory(circle, on: Self.bowl), survey: Self.bowlSurvey).kind else {
            Issue.record("a noiseless circle is still moving"); return
        }
    }

    /// Creeping across the tanh plateau at r ≈ 5, where |∇f| < 4e⁻⁸ ≈ 0.0013.
    @Test func stuckOnAPlateau() {
        let surface = TanhPlateau()
        let survey = LandscapeSurvey(surface: surface, view: ViewBox(x: -6...6, y: -6...6))
        let t = Self.trajectory((0...100).map { Vec2(4, 3) * (1 - 1e-4 * Double($0)) }, on: surface)
        #expect(OutcomeClassifier.classify(t, survey: survey).kind == .plateau(step: 0, loss: t.losses.last!))
        #expect(OutcomeClassifier.classify(t, survey: survey).text(.long).hasPrefix("on a plateau since step 0, f = "))
    }

    /// The same creep seen in a view that ends at x = 3: flatness is judged against the view's
    /// scales, so outside it the run is still moving, having left the view at the start.
    @Test func outsideTheViewIsNoPlateau() {
        let surface = TanhPlateau()
        let survey = LandscapeSurvey(surface: surface, view: ViewBox(x: -3...3, y: -6...6))
        let t = Self.trajectory((0...100).map { Vec2(4, 3) * (1 - 1e-4 * Double($0)) }, on: surface)
        #expect(OutcomeClassifier.classify(t, survey: survey).kind == .moving(loss: t.losses.last!, leftView: 0))
    }

    /// On the saddle's stable line y = 0: settle radius 10⁻³·√32 = 0.00566, and 1.8·0.5ᵏ is
    /// within it first at k = 9 (0.0035; at k = 8, 0.0070).
    @Test func stuckAtASaddle() {
        let surface = Saddle()
        let survey = LandscapeSurvey(surface: surface, view: ViewBox(x: -2...2, y: -2...2))
        let t = Self.trajectory((0...30).map { Vec2(1.8 * pow(0.5, Double($0)), 0) }, on: surface)
        let outcome = OutcomeClassifier.classify(t, survey: survey)
        guard case let .stuck(c, step) = outcome.kind else { Issue.record("\(outcome)"); return }
        #expect(c.kind == .saddle && step == 9)
        // Gradient flow from (1.8, 0) also ends at the saddle: nothing was escaped.
        #expect(outcome.escaped == nil)
        #expect(outcome.text(.long) == "stuck at the saddle (0, 0) since step 9")
    }

    /// Starting on the saddle's stable line y = 0 and leaving it: the run ends out of view, so
    /// it escaped the saddle that gradient flow from its start leads to.
    @Test func escapedASaddle() {
        let surface = Saddle()
        let survey = LandscapeSurvey(surface: surface, view: ViewBox(x: -2...2, y: -2...2))
        let t = Self.trajectory((0...30).map { Vec2(1.8 * pow(0.5, Double($0)), 0.01 * (pow(1.3, Double($0)) - 1)) }, on: surface)
        let outcome = OutcomeClassifier.classify(t, survey: survey)
        #expect(outcome.escaped?.kind == .saddle)
        #expect(outcome.text(.long).hasSuffix("; escaped the saddle (0, 0)"))
    }

    /// The tilted double well (tilt ½): minima at the roots of 4x³ − 4x + ½ = 0,
    /// x = (2/√3)·cos(φ/3 − 2πj/3), φ = arccos(−3√3/16): j = 2 the global one, j = 0 the local.
    static let trap = LocalMinimumTrap()
    static let phi = acos(-3 * 3.0.squareRoot() / 16)
    static let globalX = 2 / 3.0.squareRoot() * cos(phi / 3 - 4 * .pi / 3)
    static let localX = 2 / 3.0.squareRoot() * cos(phi / 3)

    /// From (1.8, 1.5) gradient flow slides into the right (local) basin; a run that ends in the
    /// left one escaped it and reached the global minimum; a run that ends in the right one is
    /// trapped.
    @Test func trappedOrEscapedInTheDoubleWell() throws {
        let survey = LandscapeSurvey(surface: Self.trap, view: ViewBox(x: -2...2, y: -2...2))
        let start = Vec2(1.8, 1.5)
        let escaped = Self.trajectory([start, Vec2(0, 0.5), Vec2(Self.globalX, 0), Vec2(Self.globalX, 0)], on: Self.trap)
        let e = OutcomeClassifier.classify(escaped, survey: survey)
        guard case let .converged(c, step, rank) = e.kind else { Issue.record("\(e)"); return }
        #expect(abs(c.position.x - Self.globalX) < 1e-9 && step == 2 && rank == .global)
        let left = try #require(e.escaped)
        #expect(abs(left.position.x - Self.localX) < 1e-9 && left.position.y == 0)
        #expect(e.text(.medium) == "global min at step 2 · escaped")

        let trapped = Self.trajectory([start, Vec2(1.2, 0.2), Vec2(Self.localX, 0)], on: Self.trap)
        let t = OutcomeClassifier.classify(trapped, survey: survey)
        guard case let .converged(_, _, localRank) = t.kind else { Issue.record("\(t)"); return }
        #expect(localRank == .local && t.name == "trapped" && t.verdict == .partial)
        #expect(t.escaped == nil)
    }

    @Test func gradientFlowDestinations() {
        let trapSurvey = LandscapeSurvey(surface: Self.trap, view: ViewBox(x: -2...2, y: -2...2))
        #expect(abs((GradientFlow.destination(from: Vec2(1.8, 1.5), survey: trapSurvey)?.position.x ?? 0) - Self.localX) < 1e-9)
        #expect(abs((GradientFlow.destination(from: Vec2(-1.8, 1.5), survey: trapSurvey)?.position.x ?? 0) - Self.globalX) < 1e-9)
        #expect(GradientFlow.destination(from: Vec2(3, -2), survey: Self.bowlSurvey)?.position == .zero)
        // On x² − y² off the line y = 0 the flow runs out of view.
        let saddleSurvey = LandscapeSurvey(surface: Saddle(), view: ViewBox(x: -2...2, y: -2...2))
        #expect(GradientFlow.destination(from: Vec2(1, 0.1), survey: saddleSurvey) == nil)
    }
}

extension OutcomeClassifierTests {
    /// Shrinking by 0.95 a step from (−4, 2.5): after 100 steps 0.95¹⁰⁰ = 0.0059 of the start's
    /// distance (under 5 %), 0.028 from the minimum (beyond the settle radius 0.0113), closer at
    /// every step: converging. After 40 steps (0.95⁴⁰ = 0.13) it is only moving.
    @Test func convergingStraightIn() {
        let far = Self.trajectory((0...40).map { Vec2(-4, 2.5) * pow(0.95, Double($0)) }, on: Self.bowl)
        guard case .moving = OutcomeClassifier.classify(far, survey: Self.bowlSurvey).kind else { Issue.record("not moving"); return }
        let near = Self.trajectory((0...100).map { Vec2(-4, 2.5) * pow(0.95, Double($0)) }, on: Self.bowl)
        let outcome = OutcomeClassifier.classify(near, survey: Self.bowlSurvey)
        guard case let .converging(c, _, rank) = outcome.kind else { Issue.record("\(outcome)"); return }
        #expect(c.position == .zero && rank == .only && outcome.verdict == .success)
    }
}
