import Foundation
import Testing
@testable import Descent

/// Users' own models against PyTorch: the fixtures and the losses recorded by
/// `scripts/record-model-fixtures.py` (torch 2.13, float32 and float64, autograd derivatives).
@Suite struct ModelFixtureTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Models")

    struct Recorded: Decodable {
        struct Point: Decodable {
            let a: Double, b: Double
            let loss_float32: Double, loss_float64: Double
            let gradient_float64: [Double]
        }
        struct Fixture: Decodable {
            let loss: String
            let parameters: Int
            let points: [Point]
        }
        let fixtures: [String: Fixture]
    }

    static let recorded = try! JSONDecoder().decode(Recorded.self, from: Data(contentsOf: directory.appendingPathComponent("expected.json")))

    /// The layers of each fixture, as `record-model-fixtures.py` builds them in PyTorch.
    static let layers: [String: [ModelLayer]] = [
        "every-layer-cnn": [
            .conv2d(Convolution(inputs: 2, outputs: 4, kernel: Pair(3), padding: Pair(1))),
            .batchNorm(features: 4, eps: 1e-5, spatial: true),
            .activation(.relu),
            .conv2d(Convolution(inputs: 4, outputs: 6, kernel: Pair(3), stride: Pair(2), padding: Pair(2), dilation: Pair(2), groups: 2, bias: false)),
            .residual([.conv2d(Convolution(inputs: 6, outputs: 6, kernel: Pair(3), padding: Pair(1))),
                       .batchNorm(features: 6, eps: 1e-5, spatial: true), .activation(.gelu)]),
            .maxPool2d(Pooling(kernel: Pair(2), stride: Pair(1))),
            .avgPool2d(Pooling(kernel: Pair(2), padding: Pair(1))),
            .adaptiveAvgPool2d(Pair(2)),
            .flatten,
            .linear(inputs: 24, outputs: 10, bias: true),
            .layerNorm(shape: [10], eps: 1e-5, affine: true),
            .activation(.tanh),
            .dropout,
            .batchNorm(features: 10, eps: 1e-5, spatial: false),
            .activation(.leakyRelu),
            .linear(inputs: 10, outputs: 3, bias: true),
        ],
        "pooling-cnn": [
            .conv2d(Convolution(inputs: 1, outputs: 3, kernel: Pair(3, 2), stride: Pair(1, 2), padding: Pair(1, 0))),
            .activation(.sigmoid),
            .maxPool2d(Pooling(kernel: Pair(3), stride: Pair(2), padding: Pair(1))),
            .layerNorm(shape: [3, 4, 2], eps: 1e-5, affine: true),
            .conv2d(Convolution(inputs: 3, outputs: 3, kernel: Pair(1), groups: 3)),
            .adaptiveAvgPool2d(Pair(3, 1)),
            .flatten,
            .linear(inputs: 9, outputs: 4, bias: true),
        ],
        "mlp-mse": [
            .linear(inputs: 5, outputs: 8, bias: true), .activation(.sigmoid),
            .linear(inputs: 8, outputs: 8, bias: false), .activation(.relu),
            .residual([.linear(inputs: 8, outputs: 8, bias: true), .activation(.tanh)]),
            .linear(inputs: 8, outputs: 2, bias: true),
        ],
        "mlp-bce": [.linear(inputs: 3, outputs: 4, bias: true), .activation(.gelu), .linear(inputs: 4, outputs: 1, bias: true)],
    ]

    struct Loaded {
        let plan: ModelPlan
        let weights: ModelWeights
        let samples: ModelSamples
        let directions: [[Double]]
    }

    static func load(_ name: String) throws -> Loaded {
        let dir = directory.appendingPathComponent(name)
        let loss = LossKind(rawValue: recorded.fixtures[name]!.loss)!
        let (plan, samples) = try ModelFiles.samples(inputs: (dir.appendingPathComponent("inputs.npy").path, "inputs.npy"),
                                                     labels: (dir.appendingPathComponent("labels.npy").path, "labels.npy"),
                                                     layers: layers[name]!, loss: loss)
        let weightsFile = ["safetensors", "npz"].map { dir.appendingPathComponent("weights.\($0)") }
            .first { FileManager.default.fileExists(atPath: $0.path) }!
        let weights = try ModelFiles.weights(path: weightsFile.path, name: weightsFile.lastPathComponent, plan: plan)
        // A direction holds the parameters only: read it against the same plan, buffers ignored.
        let directions = try (1...2).map { i -> [Double] in
            let data = try Data(contentsOf: dir.appendingPathComponent("direction-\(i).safetensors"))
            let state = try StateDict(data: data, pathExtension: "safetensors")
            var d = [Double](repeating: 0, count: plan.parameterCount)
            for t in plan.tensors where t.isParameter { d.replaceSubrange(t.offset..<(t.offset + t.count), with: state.tensors[t.name]!.values) }
            return d
        }
        return Loaded(plan: plan, weights: weights, samples: samples, directions: directions)
    }

    static func point(_ m: Loaded, _ a: Double, _ b: Double) -> [Double] {
        m.weights.theta.indices.map { m.weights.theta[$0] + a * m.directions[0][$0] + b * m.directions[1][$0] }
    }

    @Test(arguments: ["every-layer-cnn", "pooling-cnn", "mlp-mse", "mlp-bce"])
    func kernelMatchesPyTorchInFloat32(_ name: String) throws {
        let m = try Self.load(name)
        #expect(m.plan.parameterCount == Self.recorded.fixtures[name]!.parameters)
        let evaluator = ModelEvaluator(plan: m.plan, samples: m.samples, buffers: m.weights.buffers)
        for p in Self.recorded.fixtures[name]!.points {
            let loss = evaluator.loss(Self.point(m, p.a, p.b).map(Float.init))
            #expect(abs(loss - p.loss_float32) <= 2e-5 * max(1, abs(p.loss_float32)), "\(name) at (\(p.a), \(p.b)): \(loss) vs \(p.loss_float32)")
        }
    }

    /// The portable fallback computes what the dispatched (AVX2 where there is one) path does.
    @Test func portableKernelAgreesWithTheDispatchedOne() throws {
        let m = try Self.load("every-layer-cnn")
        let evaluator = ModelEvaluator(plan: m.plan, samples: m.samples, buffers: m.weights.buffers)
        let theta = Self.point(m, 0.3, -0.2).map(Float.init)
        var scratch = [Float](repeating: 0, count: evaluator.scratchCount)
        let dispatched = evaluator.lossSum(theta, first: 0, count: m.samples.count, scratch: &scratch, correct: nil)
        let portable = evaluator.lossSum(theta, first: 0, count: m.samples.count, scratch: &scratch, correct: nil, portable: true)
        #expect(abs(portable - dispatched) <= 1e-5 * abs(dispatched))
    }

    /// Runs follow the slice's gradient in (α, β): forward-mode `Jet` against autograd.
    @Test(arguments: ["every-layer-cnn", "pooling-cnn", "mlp-mse", "mlp-bce"])
    func sliceGradientMatchesAutograd(_ name: String) throws {
        let m = try Self.load(name)
        let slice = ModelSlice(evaluator: ModelEvaluator(plan: m.plan, samples: m.samples, buffers: m.weights.buffers),
                               reference: ModelReference(plan: m.plan, samples: m.samples, buffers: m.weights.buffers),
                               plane: Plane(origin: m.weights.theta, u: m.directions[0], v: m.directions[1]))
        for p in Self.recorded.fixtures[name]!.points {
            let g = slice.gradient(at: Vec2(p.a, p.b))
            let scale = max(1, abs(p.gradient_float64[0]), abs(p.gradient_float64[1]))
            #expect(abs(g.x - p.gradient_float64[0]) <= 1e-9 * scale && abs(g.y - p.gradient_float64[1]) <= 1e-9 * scale,
                    "\(name) at (\(p.a), \(p.b)): \(g) vs \(p.gradient_float64)")
        }
    }

    /// `numpy.savez_compressed` (deflated members) reads as `numpy.savez` (stored ones) does.
    @Test func compressedNPZReadsAsStored() throws {
        let dir = Self.directory.appendingPathComponent("mlp-bce")
        let stored = try StateDict(data: Data(contentsOf: dir.appendingPathComponent("weights.npz")), pathExtension: "npz")
        let compressed = try StateDict(data: Data(contentsOf: dir.appendingPathComponent("weights-compressed.npz")), pathExtension: "npz")
        #expect(stored.tensors == compressed.tensors)
        #expect(stored.tensors["0.weight"]?.shape == [4, 3] && stored.tensors["0.weight"]?.dtype == "float64")
    }

    @Test(arguments: ["every-layer-cnn", "pooling-cnn", "mlp-mse", "mlp-bce"])
    func referenceMatchesPyTorchInFloat64(_ name: String) throws {
        let m = try Self.load(name)
        let exact = ModelReference(plan: m.plan, samples: m.samples, buffers: m.weights.buffers)
        for p in Self.recorded.fixtures[name]!.points {
            let loss = exact.loss(Self.point(m, p.a, p.b))
            #expect(abs(loss - p.loss_float64) <= 1e-10 * max(1, abs(p.loss_float64)), "\(name) at (\(p.a), \(p.b)): \(loss) vs \(p.loss_float64)")
        }
    }
}
