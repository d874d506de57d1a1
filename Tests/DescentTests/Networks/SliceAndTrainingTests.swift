import Foundation
import Testing
@testable import Descent

struct SliceAndTrainingTests {
    static func slice() -> NetworkSlice {
        let data = LossData(DatasetGenerator.twoMoons(samples: 30, noise: 0.1, seed: 2).generate(), loss: .crossEntropy)
        let network = MLP(widths: [2, 5, 2], activation: .tanh)
        let origin = Initialization.glorotNormal.parameters(for: network, seed: 3)
        var random = NoiseGenerator(seed: 1)
        let u = Directions.random(network, reference: origin, normalization: .none, random: &random)
        let v = Directions.random(network, reference: origin, normalization: .none, random: &random)
        return NetworkSlice(network: network, plane: Plane(origin: origin, u: u, v: v), data: data,
                            regularization: Regularization(l2: 0.01))
    }

    @Test func sliceDerivativesAgree() {
        let s = Self.slice(), p = Vec2(0.2, -0.3), h = 1e-5
        let g = s.gradient(at: p), j = s.jet(at: p)
        #expect(abs(j.value - s.value(at: p)) < 1e-12)
        #expect((g - j.gradient).norm < 1e-10)
        let fx = (s.value(at: Vec2(p.x + h, p.y)) - s.value(at: Vec2(p.x - h, p.y))) / (2 * h)
        #expect(abs(fx - g.x) < 1e-7)
        let gxy = (s.gradient(at: Vec2(p.x, p.y + h)).x - s.gradient(at: Vec2(p.x, p.y - h)).x) / (2 * h)
        #expect(abs(gxy - j.hessian.xy) < 1e-6)
    }

    @Test func aBatchOfEverySampleIsTheFullGradient() {
        let s = Self.slice(), p = Vec2(0.1, 0.4)
        #expect((s.gradient(at: p, samples: Array(0..<30).reversed()) - s.gradient(at: p)).norm < 1e-12)
        #expect((s.gradient(at: p, samples: [3]) - s.gradient(at: p)).norm > 1e-6)
    }

    @Test func miniBatchesCoverEachEpoch() {
        var batches = MiniBatches(count: 10, size: 4, seed: 1)
        let epoch = (0..<3).flatMap { _ in batches.next() }
        #expect(epoch.sorted() == Array(0..<10))
        #expect(batches.next().count == 4)
    }

    @Test func runsOnASliceUseTheirBatchSize() {
        let s = Self.slice()
        let run = Run(optimizer: Optimizer(.sgd), lr: .constant(0.1), start: Vec2(0.5, 0.5), steps: 20, seed: 2, batchSize: 1)
        var full = run
        full.batchSize = nil
        let a = Simulator.simulate(run, on: s), b = Simulator.simulate(full, on: s)
        #expect(a.points.count == 21 && b.points.count == 21)
        #expect((a.points[20] - b.points[20]).norm > 1e-6)
        #expect(Simulator.simulate(run, on: s).points == a.points)
    }

    @Test func trainingLowersTheLossAndRecordsEveryStep() {
        let data = LossData(DatasetGenerator.twoMoons(samples: 40, noise: 0.1, seed: 1).generate(), loss: .crossEntropy)
        let network = MLP(widths: [2, 8, 2], activation: .tanh)
        let spec = TrainingSpec(optimizer: Optimizer(.adam), lr: .constant(0.05), steps: 60, batchSize: 8, seed: 1, dropout: 0.1)
        let path = Trainer.train(network, from: Initialization.glorotUniform.parameters(for: network, seed: 1),
                                 train: data, validation: nil, regularization: Regularization(), spec: spec)
        #expect(path.points.count == 61 && path.trainLosses.count == 61 && path.finalIndex == 60)
        #expect(path.trainLosses[60] < 0.6 * path.trainLosses[0])
    }

    /// Early stopping: validation data labelled the opposite way get worse as training goes on.
    @Test func earlyStoppingKeepsTheBestValidationLoss() {
        let d = DatasetGenerator.twoMoons(samples: 40, noise: 0.1, seed: 1).generate()
        var flipped = d
        flipped.targets = d.targets.map { 1 - $0 }
        let network = MLP(widths: [2, 8, 2], activation: .tanh)
        let spec = TrainingSpec(optimizer: Optimizer(.adam), lr: .constant(0.05), steps: 200, patience: 5)
        let path = Trainer.train(network, from: Initialization.glorotUniform.parameters(for: network, seed: 1),
                                 train: LossData(d, loss: .crossEntropy), validation: LossData(flipped, loss: .crossEntropy),
                                 regularization: Regularization(), spec: spec)
        #expect(path.stoppedEarly != nil && path.points.count < 201)
        #expect(path.validationLosses[path.finalIndex] == path.validationLosses.min())
    }

    @Test func sampledSurfacePassesThroughItsSamples() {
        let f = Field(box: ViewBox(x: 0...2, y: 0...1), columns: 3, rows: 2, values: [1, 2, 4, 3, 5, 9])
        let s = SampledSurface(f)
        #expect(s.value(at: Vec2(1, 0)) == 2 && s.value(at: Vec2(2, 1)) == 9)
        // Linear data are reproduced exactly by Catmull–Rom inside: f = 1 + x + 2y.
        let samples: [Double] = (0..<16).map { (i: Int) -> Double in Double(1 + i % 4 + 2 * (i / 4)) }
        let lin = SampledSurface(Field(box: ViewBox(x: 0...3, y: 0...3), columns: 4, rows: 4, values: samples))
        #expect(abs(lin.value(at: Vec2(1.3, 1.6)) - (1 + 1.3 + 3.2)) < 1e-12)
        #expect((lin.gradient(at: Vec2(1.3, 1.6)) - Vec2(1, 2)).norm < 1e-12)
    }
}
