import CGridKernel
import Foundation
import Testing
@testable import Descent

/// The float32 kernel against libm and against the Double forward pass.
struct GridKernelTests {
    static func apply(_ f: (UnsafePointer<Float>?, UnsafeMutablePointer<Float>?, Int32) -> Void, _ x: [Float]) -> [Float] {
        var y = [Float](repeating: 0, count: x.count)
        f(x, &y, Int32(x.count))
        return y
    }

    @Test func elementwiseApproximationsMatchLibm() {
        let xs = stride(from: -12.0, through: 12.0, by: 0.01).map { Float($0) }
        for (x, y) in zip(xs, Self.apply(descent_kernel_tanh, xs)) { #expect(abs(Double(y) - tanh(Double(x))) < 5e-7) }
        for (x, y) in zip(xs, Self.apply(descent_kernel_erf, xs)) { #expect(abs(Double(y) - erf(Double(x))) < 5e-7) }
        for (x, y) in zip(xs, Self.apply(descent_kernel_exp, xs)) { #expect(abs(Double(y) / exp(Double(x)) - 1) < 5e-7) }
        let positive = stride(from: -30.0, through: 30.0, by: 0.05).map { Float(exp($0)) }
        for (x, y) in zip(positive, Self.apply(descent_kernel_log, positive)) { #expect(abs(Double(y) - log(Double(x))) < 5e-7 * max(1, abs(log(Double(x))))) }
    }

    @Test(arguments: Activation.allCases, LossKind.allCases)
    func gridLossMatchesTheDoubleForwardPass(_ activation: Activation, _ loss: LossKind) {
        let source = loss == .mse
            ? DatasetGenerator.blobs(samples: 37, centers: 3, features: 3, spread: 1, seed: 2).generate()
            : DatasetGenerator.twoMoons(samples: 37, noise: 0.2, seed: 1).generate()
        let data = LossData(source, loss: loss)
        let outputs = loss == .binaryCrossEntropy ? 1 : (loss == .mse ? 3 : 2)
        for skip in [false, true] {
            let network = MLP(widths: [source.featureCount, 6, 6, 5, outputs], activation: activation, skip: skip)
            let theta = Initialization.heNormal.parameters(for: network, seed: 4).map { $0 + 0.03 }
            let evaluator = GridEvaluator(network: network, data: data, regularization: Regularization(l2: 0.01))
            let expected = network.meanLoss(theta, data: data) + Regularization(l2: 0.01).value(theta, network: network)
            let got = evaluator.loss(theta.map(Float.init))
            #expect(abs(got - expected) < 2e-5 * max(1, expected), "\(activation) \(loss) skip \(skip)")
        }
    }

    @Test func portableAndDispatchedPathsAgree() {
        let data = LossData(DatasetGenerator.spirals(samples: 50, noise: 0.1, turns: 1, seed: 1).generate(), loss: .crossEntropy)
        let network = MLP(widths: [2, 9, 2], activation: .gelu)
        let evaluator = GridEvaluator(network: network, data: data)
        let theta = Initialization.glorotUniform.parameters(for: network, seed: 1).map(Float.init)
        let widths = network.widths.map(Int32.init)
        var scratch = [Float](repeating: 0, count: evaluator.scratchCount)
        let (portable, dispatched) = widths.withUnsafeBufferPointer { widths in
            var net = descent_mlp(layers: 2, widths: widths.baseAddress, activation: 4, skip: 0, loss: 2)
            return (descent_mlp_loss_sum_portable(&net, theta, evaluator.inputs, evaluator.targets, 1, 50, &scratch),
                    descent_mlp_loss_sum(&net, theta, evaluator.inputs, evaluator.targets, 1, 50, &scratch))
        }
        #expect(abs(portable - dispatched) < 1e-5 * abs(portable))
    }

    /// A field over a plane: the value at each grid point is the loss at origin + αu + βv.
    @Test func fieldSamplesThePlane() {
        let data = LossData(DatasetGenerator.xor(samples: 40, noise: 0.05, seed: 1).generate(), loss: .crossEntropy)
        let network = MLP(widths: [2, 4, 2], activation: .tanh)
        let origin = Initialization.glorotUniform.parameters(for: network, seed: 1)
        var random = NoiseGenerator(seed: 5)
        let u = Directions.random(network, reference: origin, normalization: .filter, random: &random)
        let v = Directions.random(network, reference: origin, normalization: .filter, random: &random)
        let plane = Plane(origin: origin, u: u, v: v)
        let field = GridEvaluator(network: network, data: data).field(plane, box: ViewBox(x: -1...1, y: -2...2), columns: 5, rows: 3)
        for (c, r) in [(0, 0), (4, 2), (2, 1), (1, 2)] {
            let exact = network.meanLoss(plane.point(field.x(column: c), field.y(row: r)), data: data)
            #expect(abs(field[c, r] - exact) < 1e-5 * max(1, exact))
        }
    }
}
