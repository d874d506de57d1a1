import Foundation
import Testing
@testable import Descent

/// Loss lines (1-D plots): interpolation from θ₀ to θ* and a random direction through θ*.
struct LossLineTests {
    /// y = 2x + 1 on x = 0, 1, 2: a linear network (no hidden layer) fits it exactly.
    static let line = Dataset(inputs: [0, 1, 2], targets: [1, 3, 5], featureCount: 1, targetWidth: 1, task: .regression)

    /// On the line from θ₀ = (w, b) = (0, 0) to θ* = (2, 1) the residuals are (1 − α)·(−1, −3, −5),
    /// so the mean squared error is (1 − α)²·(1 + 9 + 25)/3 = 35/3·(1 − α)²: a parabola.
    @Test func interpolatingAQuadraticLossGivesAParabola() {
        let network = MLP(widths: [1, 1], activation: .tanh)
        let path = ParameterLine(from: [0, 0], to: [2, 1])
        let data = LossData(Self.line, loss: .mse)
        for alpha in [-0.5, 0, 0.25, 1, 1.5] {
            let expected = 35.0 / 3 * (1 - alpha) * (1 - alpha)
            #expect(abs(network.meanLoss(path.point(alpha), data: data) - expected) < 1e-12, "α = \(alpha)")
        }
    }

    /// A linear network with MSE has a quadratic loss, so along the interpolation of its own
    /// training the loss is mean(((1 − α)·r₀ + α·r₁)²), r₀ and r₁ the residuals at θ₀ and θ*
    /// (worked out here from the weights, not with the network's loss).
    @Test func profileOfALinearNetworkFollowsItsResiduals() throws {
        let spec = NetworkSpec(data: Self.line, dataName: "line", hidden: [], loss: .mse,
                               training: TrainingSpec(optimizer: Optimizer(.sgd), lr: .constant(0.05), steps: 20))
        let profile = LossProfile.build([spec], line: LineSpec(direction: .interpolation), range: -0.5...1.5, count: 9)
        let trained = TrainedNetwork(spec)
        let (w0, b0, w1, b1) = (trained.initial[0], trained.initial[1], trained.final[0], trained.final[1])
        #expect(abs(w1 - w0) > 0.1, "training moved the weights")
        let xs = [0.0, 1, 2], ys = [1.0, 3, 5]
        let r0 = zip(xs, ys).map { w0 * $0 + b0 - $1 }, r1 = zip(xs, ys).map { w1 * $0 + b1 - $1 }
        let curve = try #require(profile.curves.first)
        #expect(profile.alphas == [-0.5, -0.25, 0, 0.25, 0.5, 0.75, 1, 1.25, 1.5])
        for (alpha, loss) in zip(profile.alphas, curve.losses) {
            let expected = zip(r0, r1).map { pow((1 - alpha) * $0 + alpha * $1, 2) }.reduce(0, +) / 3
            #expect(abs(loss - expected) < 1e-12 * max(1, expected), "α = \(alpha)")
        }
        #expect(curve.label == "train loss" && curve.accuracies == nil)
        #expect(profile.marks.map(\.alpha) == [0, 1])
    }

    /// The ends of the interpolation are the initial and the trained network: their train and
    /// validation losses (with the L2 penalty) are the ones training recorded (in float32, so
    /// to float32's precision).
    @Test func interpolationEndsAtTheInitialAndTrainedLosses() throws {
        var spec = NetworkSpec(data: DatasetGenerator.twoMoons(samples: 80, noise: 0.2, seed: 3).generate(), dataName: "moons",
                               hidden: [6], regularization: Regularization(l2: 0.01), validation: 0.25,
                               training: TrainingSpec(optimizer: Optimizer(.adam), lr: .constant(0.05), steps: 40))
        var held = spec
        held.split = .validation
        spec.title = "train loss"
        let profile = LossProfile.build([spec, held], line: LineSpec(direction: .interpolation, accuracy: true),
                                        range: -0.5...1.5, count: 5)
        let path = try #require(TrainedNetwork(spec).path)
        let (train, validation) = (profile.curves[0], profile.curves[1])
        let recordedTrain = [path.trainLosses[0], path.trainLosses[path.finalIndex]]
        let recordedValidation = [path.validationLosses[0], path.validationLosses[path.finalIndex]]
        for (got, expected) in zip(train.markLosses + validation.markLosses, recordedTrain + recordedValidation) {
            #expect(abs(got - expected) < 1e-6 * max(1, expected), "\(got) vs \(expected)")
        }
        // α = 0 and α = 1 are grid points 1 and 3 of −0.5, 0, 0.5, 1, 1.5.
        #expect(abs(train.losses[1] - train.markLosses[0]) < 1e-12 && abs(train.losses[3] - train.markLosses[1]) < 1e-12)
        #expect(abs(validation.losses[3] - validation.markLosses[1]) < 1e-12)
        #expect(validation.label == "validation loss")
        #expect(train.losses[3] < 0.7 * train.losses[1], "the trained network is better than the initial one")
        let accuracy = try #require(train.accuracies)
        #expect(accuracy.allSatisfy { $0 >= 0 && $0 <= 1 } && accuracy[3] > 0.75)
    }

    /// With the same seed, the random line is the random plane's β = 0 axis.
    @Test func randomLineIsThePlanesFirstAxis() throws {
        var spec = NetworkSpec(data: DatasetGenerator.xor(samples: 40, noise: 0.1, seed: 2).generate(), dataName: "xor",
                               hidden: [5], training: TrainingSpec(optimizer: Optimizer(.adam), lr: .constant(0.05), steps: 25))
        spec.plane = .random(normalization: .filter, seed: 9)
        let slice = Landscape.network(spec, box: ViewBox(x: -1...1, y: -1...1), resolution: 2, grid: false).exact
        let profile = LossProfile.build([spec], line: LineSpec(direction: .random(normalization: .filter, seed: 9)),
                                        range: -1...1, count: 5)
        for (alpha, loss) in zip(profile.alphas, profile.curves[0].losses) {
            #expect(abs(loss - slice.value(at: Vec2(alpha, 0))) < 1e-12, "α = \(alpha)")
        }
        #expect(profile.marks == [LineMark(alpha: 0, label: "θ* (trained)")])
        #expect(profile.xLabel.contains("filter-normalized"))
    }

    /// Four samples on a line, weights chosen so that three are classified right.
    @Test(arguments: [LossKind.crossEntropy, .binaryCrossEntropy, .mse])
    func accuracyCountsTheRightClasses(_ loss: LossKind) {
        let data = Dataset(inputs: [-2, -1, 1, 2], targets: [0, 0, 1, 0], featureCount: 1, targetWidth: 1,
                           task: .classification(classes: 2))
        // Two logits (−x, x) name class 1 for x > 0; binary cross-entropy's one logit x does too.
        let (widths, theta): ([Int], [Double]) = loss == .binaryCrossEntropy ? ([1, 1], [1, 0]) : ([1, 2], [-1, 1, 0, 0])
        let network = MLP(widths: widths, activation: .tanh)
        #expect(network.accuracy(theta, data: LossData(data, loss: loss)) == 0.75)
    }

    @Test func riseFindsTheBumpAndIgnoresNoise() throws {
        let alphas = [0, 0.25, 0.5, 0.75, 1.0]
        func curve(_ losses: [Double]) -> LossCurve {
            LossCurve(label: "train loss", split: .train, losses: losses, accuracies: nil, markLosses: [])
        }
        let bump = try #require(curve([3, 2, 2.5, 1, 1.2]).rise(alphas: alphas, in: 0...1))
        #expect(bump.amount == 0.5 && bump.from == 0.25 && bump.to == 0.5)
        #expect(curve([3, 2, 1, 1, 0.5]).rise(alphas: alphas, in: 0...1) == nil)
        // A rise of 10⁻⁴ on a span of 2 is under 10⁻³ of it: monotone.
        #expect(curve([3, 2, 2.0001, 1, 1]).rise(alphas: alphas, in: 0...1) == nil)
        // Outside the range nothing counts.
        #expect(curve([3, 2, 1, 5, 9]).rise(alphas: alphas, in: 0...0.5) == nil)
        let lowest = try #require(curve([3, 1, 1, 2, .nan]).lowest(alphas: alphas))
        #expect(lowest.loss == 1 && lowest.alpha == 0.25)
    }

    @Test func tableNamesEachCurvesColumns() {
        let profile = LossProfile(direction: .interpolation, alphas: [0, 1], curves: [
            LossCurve(label: "train loss", split: .train, losses: [2, 1], accuracies: [0.5, 0.9], markLosses: []),
            LossCurve(label: "with skip connections", split: .train, losses: [3, 1.5], accuracies: nil, markLosses: []),
        ], marks: [])
        let table = profile.table
        #expect(table.header == ["alpha", "train_loss", "with_skip_connections_loss", "train_accuracy"])
        #expect(table.rows == [[0, 2, 3, 0.5], [1, 1, 1.5, 0.9]])
    }
}
