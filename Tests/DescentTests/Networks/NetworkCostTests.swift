import Testing
@testable import Descent

/// The cost estimates the scene loader refuses work by, counted by hand for a small network.
struct NetworkCostTests {
    /// 100 two-moons points, 20 held out; MLP 2-4-2: 4·(2 + 1) + 2·(4 + 1) = 22 parameters.
    static let data = DatasetGenerator.twoMoons(samples: 100, noise: 0.1, seed: 0).generate()

    @Test func gridIsAForwardPassOverTheDrawnSamplesPerPoint() {
        let spec = NetworkSpec(data: Self.data, dataName: "moons", hidden: [4], validation: 0.2)
        // 2 operations × 22 parameters × 80 training samples × 11² points.
        #expect(spec.cost(resolution: 11) == NetworkCost(grid: 2 * 22 * 80 * 121, scalar: 0))
        // 3 of 11 rows (a shard); the validation split draws the 20 held-out samples.
        #expect(spec.cost(resolution: 11, rows: 3).grid == 2 * 22 * 80 * 33)
        var validation = spec
        validation.split = .validation
        #expect(validation.cost(resolution: 11).grid == 2 * 22 * 20 * 121)
    }

    @Test func trainingIsABatchGradientAndEveryLossAtEveryStep() {
        let training = TrainingSpec(optimizer: Optimizer(.adam), lr: .constant(0.01), steps: 10, batchSize: 16)
        var spec = NetworkSpec(data: Self.data, dataName: "moons", hidden: [4], validation: 0.2, training: training)
        // Per step: backward + forward over 16 samples (6 × 22 × 16) and the losses of all 100 (2 × 22 × 100).
        let step: Double = 6 * 22 * 16 + 2 * 22 * 100
        #expect(spec.cost(resolution: 11).scalar == step * 10)
        spec.plane = .checkpoints
        #expect(spec.cost(resolution: 11).scalar == 2 * step * 10)
        spec.training?.batchSize = nil
        // Full batch: the 80 training samples.
        let fullStep: Double = 6 * 22 * 80 + 2 * 22 * 100
        #expect(spec.cost(resolution: 11).scalar == 2 * fullStep * 10)
    }

    @Test func runsSeeEverySampleAtEveryStep() {
        let spec = NetworkSpec(data: Self.data, dataName: "moons", hidden: [4])
        #expect(spec.runCost(steps: 7) == NetworkCost(grid: 0, scalar: 32 * 22 * 100 * 7))
        let neuron = NetworkSpec(data: Self.data, dataName: "moons", model: .neuron)
        #expect(neuron.cost(resolution: 5) == NetworkCost(grid: 0, scalar: 20 * 25 * 100))
    }
}
