import Foundation
import Testing
@testable import Descent

struct DatasetTests {
    @Test func generatorsAreDeterministicPerSeed() {
        let all: [(DatasetGenerator, DatasetGenerator)] = [
            (.twoMoons(samples: 50, noise: 0.1, seed: 1), .twoMoons(samples: 50, noise: 0.1, seed: 2)),
            (.circles(samples: 50, noise: 0.1, factor: 0.5, seed: 1), .circles(samples: 50, noise: 0.1, factor: 0.5, seed: 2)),
            (.spirals(samples: 50, noise: 0.1, turns: 1, seed: 1), .spirals(samples: 50, noise: 0.1, turns: 1, seed: 2)),
            (.xor(samples: 50, noise: 0.1, seed: 1), .xor(samples: 50, noise: 0.1, seed: 2)),
            (.blobs(samples: 50, centers: 3, features: 2, spread: 1, seed: 1), .blobs(samples: 50, centers: 3, features: 2, spread: 1, seed: 2)),
            (.linear(samples: 50, noise: 0.1, slope: 2, intercept: 1, seed: 1), .linear(samples: 50, noise: 0.1, slope: 2, intercept: 1, seed: 2)),
            (.polynomial(samples: 50, noise: 0.1, coefficients: [1, 2], seed: 1), .polynomial(samples: 50, noise: 0.1, coefficients: [1, 2], seed: 2)),
        ]
        for (a, b) in all {
            #expect(a.generate() == a.generate())
            #expect(a.generate() != b.generate())
            #expect(a.generate().count == 50)
        }
    }

    /// Without noise the moons are exact: the upper moon on the unit circle (class 0), the lower
    /// one on the circle of radius 1 around (1, 0.5) (class 1), as scikit-learn builds them.
    @Test func noiselessMoonsLieOnTheirCircles() {
        let d = DatasetGenerator.twoMoons(samples: 20, noise: 0, seed: 0).generate()
        for i in 0..<20 {
            let x = d.inputs[2 * i], y = d.inputs[2 * i + 1]
            if i < 10 {
                #expect(d.targets[i] == 0 && abs(x * x + y * y - 1) < 1e-12 && y >= -1e-12)
            } else {
                #expect(d.targets[i] == 1 && abs((x - 1) * (x - 1) + (y - 0.5) * (y - 0.5) - 1) < 1e-12)
            }
        }
    }

    @Test func xorLabelsFollowTheSigns() {
        let d = DatasetGenerator.xor(samples: 100, noise: 0, seed: 4).generate()
        for i in 0..<100 { #expect(d.targets[i] == (d.inputs[2 * i] * d.inputs[2 * i + 1] < 0 ? 1 : 0)) }
    }

    @Test func noiselessLinearIsTheLine() {
        let d = DatasetGenerator.linear(samples: 30, noise: 0, slope: 2, intercept: -1, seed: 1).generate()
        for i in 0..<30 { #expect(abs(d.targets[i] - (2 * d.inputs[i] - 1)) < 1e-15) }
    }

    @Test func splitKeepsEverySampleOnce() {
        let d = DatasetGenerator.blobs(samples: 41, centers: 2, features: 3, spread: 1, seed: 1).generate()
        let (train, validation) = d.split(validation: 0.25, seed: 3)
        #expect(train.count == 31 && validation.count == 10)
        let rows = { (x: Dataset) in (0..<x.count).map { Array(x.inputs[($0 * 3)..<($0 * 3 + 3)]) } }
        #expect(Set(rows(train) + rows(validation)) == Set(rows(d)))
    }

    @Test func mseOnClassesUsesOneHotTargets() {
        let d = Dataset(inputs: [0, 1, 2], targets: [2, 0, 1], featureCount: 1, targetWidth: 1, task: .classification(classes: 3))
        let (values, width) = d.lossTargets(for: .mse)
        #expect(width == 3 && values == [0, 0, 1, 1, 0, 0, 0, 1, 0])
    }
}
