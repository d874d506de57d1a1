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

    /// The portable fallback and the AVX2 path, on every activation, loss and skip setting:
    /// the same sums to float32 rounding; the dispatcher takes the AVX2 path when the processor
    /// has it and the fallback otherwise.
    @Test(arguments: Activation.allCases, LossKind.allCases)
    func portableFallbackAgreesWithTheAVX2Path(_ activation: Activation, _ loss: LossKind) throws {
        let source = loss == .mse
            ? DatasetGenerator.blobs(samples: 50, centers: 3, features: 3, spread: 1, seed: 2).generate()
            : DatasetGenerator.spirals(samples: 50, noise: 0.1, turns: 1, seed: 1).generate()
        let data = LossData(source, loss: loss)
        let outputs = loss == .binaryCrossEntropy ? 1 : (loss == .mse ? 3 : 2)
        for skip in [false, true] {
            let network = MLP(widths: [source.featureCount, 9, 9, outputs], activation: activation, skip: skip)
            let evaluator = GridEvaluator(network: network, data: data)
            let theta = Initialization.glorotUniform.parameters(for: network, seed: 1).map(Float.init)
            var scratch = [Float](repeating: 0, count: evaluator.scratchCount)
            let sums = evaluator.withDescription { net in
                [descent_mlp_loss_sum_portable, descent_mlp_loss_sum_avx2, descent_mlp_loss_sum].map {
                    $0(net, theta, evaluator.inputs, evaluator.targets, Int32(data.targetWidth), 50, &scratch)
                }
            }
            let (portable, avx2, dispatched) = (sums[0], sums[1], sums[2])
            #expect(portable.isFinite && portable > 0)
            if avx2.isNaN {
                #expect(dispatched == portable, "no AVX2: the dispatcher must take the fallback")
            } else {
                #expect(abs(portable - avx2) < 1e-5 * abs(portable), "\(activation) \(loss) skip \(skip)")
                #expect(dispatched == avx2)
            }
        }
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
