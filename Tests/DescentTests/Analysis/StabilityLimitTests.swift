import Testing
@testable import Descent

/// The stability limit against its closed form on quadratics, and against what gradient descent
/// really does just below and just above it.
@Suite struct StabilityLimitTests {
    /// ½(x² + 10y²): λmax = 10, so plain GD's limit is 2/10 = 0.2.
    static let bowl = QuadraticBowl(condition: 10)
    static let survey = LandscapeSurvey(surface: bowl, view: ViewBox(x: -5...5, y: -3.5...3.5))

    static func limit(_ h: (inout Hyperparameters) -> Void = { _ in }) throws -> StabilityLimit {
        var optimizer = Optimizer(.sgd)
        h(&optimizer.hyperparameters)
        let minimum = try #require(survey.minima.first)
        return try #require(StabilityLimit(optimizer: optimizer, minimum: minimum, survey: survey))
    }

    /// Final distance to the minimum after 400 steps of `optimizer` at `lr` from (1, 1).
    static func finalDistance(lr: Double, _ h: (inout Hyperparameters) -> Void = { _ in }) -> Double {
        var optimizer = Optimizer(.sgd)
        h(&optimizer.hyperparameters)
        let run = Run(optimizer: optimizer, lr: .constant(lr), start: Vec2(1, 1), steps: 400)
        let t = Simulator.simulate(run, on: bowl)
        return t.points.last!.norm
    }

    @Test func plainGradientDescentClosedForm() throws {
        let limit = try Self.limit()
        #expect(abs(limit.learningRate - 0.2) < 1e-12)
        #expect(limit.exact)
        #expect(Self.finalDistance(lr: 0.99 * limit.learningRate) < 1)
        #expect(Self.finalDistance(lr: 1.01 * limit.learningRate) > 100)
    }

    /// Heavy ball β = 0.9: 2(1 + 0.9)/10 = 0.38; with dampening 0.5 twice that, 0.76;
    /// weight decay 2 makes λ 12: 2·1.9/12.
    @Test func momentumDampeningAndWeightDecay() throws {
        let momentum = try Self.limit { $0.momentum = 0.9 }
        #expect(abs(momentum.learningRate - 0.38) < 1e-12)
        #expect(Self.finalDistance(lr: 0.99 * 0.38) { $0.momentum = 0.9 } < 1)
        #expect(Self.finalDistance(lr: 1.01 * 0.38) { $0.momentum = 0.9 } > 100)
        let damped = try Self.limit { $0.momentum = 0.9; $0.dampening = 0.5 }
        #expect(abs(damped.learningRate - 0.76) < 1e-12)
        let decayed = try Self.limit { $0.momentum = 0.9; $0.weightDecay = 2 }
        #expect(abs(decayed.learningRate - 3.8 / 12) < 1e-12)
    }

    /// Nesterov β = 0.9: 2(1.9)/(2.8·10) = 0.1357….
    @Test func nesterov() throws {
        let limit = try Self.limit { $0.momentum = 0.9; $0.nesterov = true }
        #expect(abs(limit.learningRate - 3.8 / 28) < 1e-12)
        let nesterov: (inout Hyperparameters) -> Void = { $0.momentum = 0.9; $0.nesterov = true }
        #expect(Self.finalDistance(lr: 0.99 * 3.8 / 28, nesterov) < 1)
        #expect(Self.finalDistance(lr: 1.01 * 3.8 / 28, nesterov) > 100)
    }

    /// Rosenbrock at (1, 1): H = [[802, −400], [−400, 200]], λmax = 501 + √(301² + 400²) = 1001.6;
    /// the limit is local, not exact.
    @Test func rosenbrockIsLocal() throws {
        let survey = LandscapeSurvey(surface: Rosenbrock(), view: ViewBox(x: -2...2, y: -1...3))
        let minimum = try #require(survey.minima.first)
        let limit = try #require(StabilityLimit(optimizer: Optimizer(.sgd), minimum: minimum, survey: survey))
        let lambda = 501 + (301.0 * 301 + 400 * 400).squareRoot()
        #expect(abs(limit.learningRate - 2 / lambda) < 1e-12)
        #expect(!limit.exact)
    }

    @Test func noLimitForAdaptiveOptimizersOrDegenerateMinima() throws {
        let minimum = try #require(Self.survey.minima.first)
        #expect(StabilityLimit(optimizer: Optimizer(.adam), minimum: minimum, survey: Self.survey) == nil)
        let quartic = FormulaSurface(try Formula("x^4 + y^4"))
        let survey = LandscapeSurvey(surface: quartic, view: ViewBox(x: -1...1, y: -1...1))
        let flat = try #require(survey.minima.first)
        #expect(StabilityLimit(optimizer: Optimizer(.sgd), minimum: flat, survey: survey) == nil)
    }
}
