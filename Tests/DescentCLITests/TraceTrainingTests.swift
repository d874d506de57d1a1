import Foundation
import Testing

/// `descent trace --training`: the network's own training as a table.
struct TraceTrainingTests {
    /// Eight sigmoid layers at Glorot initialization: backpropagation multiplies by σ′ ≤ 1/4
    /// at every layer, so at step 0 the input layer's gradient is far below the output
    /// layer's (Glorot & Bengio 2010); ReLU with He initialization keeps them within a decade.
    static func deep(_ activation: String, _ initialization: String, validation: Bool) -> String {
        """
        surface:
          network:
            data: {two_moons: {samples: 100, seed: 1}}
            layers: [16, 16, 16, 16, 16, 16, 16, 16]
            activation: \(activation)
            init: \(initialization)
            \(validation ? "validation: 0.3" : "")
            train: {optimizer: sgd, lr: 0.1, steps: 20}
        view: {resolution: 9}
        """
    }

    static func trace(_ scene: String, _ arguments: [String] = []) throws -> ProcessResult {
        let directory = try TemporaryDirectory()
        let path = try directory.write("deep.yaml", Data(scene.utf8))
        return try Executable.run(["trace", path, "--training"] + arguments)
    }

    @Test func csvHasAColumnPerLayerAndARowPerStep() throws {
        let result = try Self.trace(Self.deep("sigmoid", "glorot_uniform", validation: true))
        #expect(result.exited && result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let header = "network,label,step,train_loss,validation_loss,train_accuracy,validation_accuracy,"
            + (1...9).map { "grad_norm_\($0)" }.joined(separator: ",")
        #expect(lines.first == header)
        let rows = lines.dropFirst().map { CSV.fields(of: $0) }
        #expect(rows.count == 21)
        #expect(rows.map { Int($0[2]) } == Array(0...20))
        let first = try #require(rows.first), last = try #require(rows.last)
        let norms = first[7...].compactMap(Double.init)
        #expect(norms.count == 9)
        #expect(norms[0] < 0.01 * norms[8], "input layer \(norms[0]) vs output layer \(norms[8])")
        // No update follows the last step.
        #expect(last[7...].allSatisfy { $0 == "nan" })
        // Accuracies are fractions of 70 and 30 samples.
        for row in rows {
            let train = try #require(Double(row[5])), held = try #require(Double(row[6]))
            #expect(abs(train * 70 - (train * 70).rounded()) < 1e-9 && abs(held * 30 - (held * 30).rounded()) < 1e-9)
        }
    }

    @Test func reluWithHeKeepsTheLayersClose() throws {
        let result = try Self.trace(Self.deep("relu", "he_normal", validation: false))
        #expect(result.exited && result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("network,label,step,train_loss,train_accuracy,grad_norm_1,") == true)
        let norms = CSV.fields(of: lines[1])[5...].compactMap(Double.init)
        #expect(norms.count == 9)
        #expect(norms.max()! < 10 * norms.min()!, "\(norms)")
    }

    @Test func jsonListsTheNormsOfEveryStep() throws {
        let result = try Self.trace(Self.deep("tanh", "glorot_uniform", validation: true), ["--format", "json"])
        #expect(result.exited && result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let trainings = try #require(json["trainings"] as? [[String: Any]])
        #expect(trainings.count == 1 && trainings[0]["label"] as? String == "training")
        let steps = try #require(trainings[0]["steps"] as? [[String: Any]])
        #expect(steps.count == 21)
        #expect((steps[0]["grad_norms"] as? [Double])?.count == 9)
        #expect(steps[0]["validation_loss"] is Double)
        #expect((steps[20]["grad_norms"] as? [Any])?.allSatisfy { $0 is NSNull } == true)
    }

    @Test func scenesWithoutATrainingAreRefused() throws {
        let formula = try Executable.run(["trace", "scenes/rosenbrock-six.yaml", "--training"])
        #expect(formula.status == 1 && formula.stdout.isEmpty)
        #expect(formula.stderr == "descent: scenes/rosenbrock-six.yaml: has no network to train; "
                + "--training needs `surface: {network: {..., train: {...}}}`\n")
        let untrained = try Self.trace("surface: {network: {data: {xor: {}}}}\n")
        #expect(untrained.status == 1 && untrained.stderr.hasSuffix("has a network without `train:`, so there is no training to log\n"))
        let both = try Executable.run(["trace", "scenes/two-moons-pca.yaml", "--training", "--outcomes"])
        #expect(both.status != 0 && both.stderr.contains("--training and --outcomes print different tables; give one"))
    }
}
