import CGridKernel
import Foundation
import Synchronization

/// Evaluates a network's loss on a whole grid of a plane, fast: float32, samples in SIMD lanes
/// (the C kernel `descent_mlp_loss_sum`, AVX2 + FMA where the processor has them), grid points
/// spread over all cores. Agrees with `MLP.meanLoss` in `Double` to about 1e−5 relative.
public struct GridEvaluator: Sendable {
    /// The network whose loss is evaluated.
    public let network: MLP
    /// The samples the loss averages over.
    public let data: LossData
    /// The weight penalty added to the loss.
    public let regularization: Regularization
    /// Inputs and targets in blocks of 16 samples, feature-major inside a block.
    let inputs: [Float]
    let targets: [Float]

    /// An evaluator of `network`'s loss on `data`, with `regularization` added.
    public init(network: MLP, data: LossData, regularization: Regularization = Regularization()) {
        self.network = network
        self.data = data
        self.regularization = regularization
        let block = Int(DESCENT_BLOCK), blocks = (data.count + block - 1) / block
        var x = [Float](repeating: 0, count: blocks * block * data.featureCount)
        var t = [Float](repeating: 0, count: blocks * block * data.targetWidth)
        for s in 0..<data.count {
            let b = s / block, lane = s % block
            for f in 0..<data.featureCount {
                x[(b * data.featureCount + f) * block + lane] = Float(data.inputs[s * data.featureCount + f])
            }
            for o in 0..<data.targetWidth {
                t[(b * data.targetWidth + o) * block + lane] = Float(data.targets[s * data.targetWidth + o])
            }
        }
        inputs = x
        targets = t
    }

    /// The mean loss (plus regularization) at `theta`, in float32.
    public func loss(_ theta: [Float]) -> Double {
        var scratch = [Float](repeating: 0, count: scratchCount)
        return loss(theta, scratch: &scratch)
    }

    /// The loss at every point of a `columns` × `rows` grid over `box` of `plane`, as a `Field`.
    /// `progress` is called with the number of points done, from any thread, now and then.
    public func field(_ plane: Plane, box: ViewBox, columns: Int, rows: Int,
                      progress: (@Sendable (Int) -> Void)? = nil) -> Field {
        Field(box: box, columns: columns, rows: rows,
              values: values(plane, box: box, columns: columns, rows: rows, band: 0..<rows, progress: progress))
    }

    /// The loss at the points of rows `band` of that grid, row by row from `band.lowerBound`:
    /// exactly the values `field` gives for those rows (each point is computed alone, so a
    /// band split among processes gives the same bits).
    public func values(_ plane: Plane, box: ViewBox, columns: Int, rows: Int, band: Range<Int>,
                       progress: (@Sendable (Int) -> Void)? = nil) -> [Double] {
        PlaneSampler.values(plane, box: box, columns: columns, rows: rows, band: band, scratchCount: scratchCount,
                            progress: progress) { theta, scratch in loss(theta, scratch: &scratch) }
    }

    /// The mean loss (without regularization) of the samples at `samples` (all when nil) at
    /// `theta`, and its gradient, by backpropagation in float32 (`descent_mlp_loss_gradient`).
    /// `masks`: dropout factors per sample and hidden unit, as `Dropout.masks` draws them.
    public func lossAndGradient(_ theta: [Float], samples: [Int]?, masks: [Float]?) -> (loss: Double, gradient: [Double]) {
        let count = samples?.count ?? data.count
        guard count > 0 else { return (0, [Double](repeating: 0, count: theta.count)) }
        let scale = data.meanFactor(samples: count, outputs: network.outputCount)
        var gradient = [Float](repeating: 0, count: theta.count)
        let indices = samples.map { $0.map(Int32.init) }
        let sum = withDescription { net in
            var scratch = [Float](repeating: 0, count: Int(descent_mlp_gradient_scratch_floats(net, Int32(data.targetWidth))))
            return descent_mlp_loss_gradient(net, theta, inputs, targets, Int32(data.targetWidth), indices, Int32(count),
                                             masks, Float(scale), &gradient, &scratch)
        }
        return (sum * scale, gradient.map(Double.init))
    }

    var scratchCount: Int {
        withDescription { Int(descent_mlp_scratch_floats($0)) }
    }

    private func loss(_ theta: [Float], scratch: inout [Float]) -> Double {
        let sum = withDescription { net in
            theta.withUnsafeBufferPointer { p in
                descent_mlp_loss_sum(net, p.baseAddress, inputs, targets, Int32(data.targetWidth), Int32(data.count), &scratch)
            }
        }
        let mean = sum * data.meanFactor(samples: data.count, outputs: network.outputCount)
        return regularization.isZero ? mean : mean + regularization.value(theta.map(Double.init), network: network)
    }

    /// Calls `body` with the kernel's description of the network and loss.
    func withDescription<R>(_ body: (UnsafePointer<descent_mlp>) -> R) -> R {
        let widths = network.widths.map(Int32.init)
        return widths.withUnsafeBufferPointer { w in
            var net = descent_mlp(layers: Int32(network.layerCount), widths: w.baseAddress,
                                  activation: Int32(Activation.allCases.firstIndex(of: network.activation)!),
                                  skip: network.skip ? 1 : 0,
                                  loss: Int32(LossKind.allCases.firstIndex(of: data.loss)!))
            return body(&net)
        }
    }
}

/// A thread-safe running total, for progress reports.
final class Counter: Sendable {
    private let total = Mutex(0)

    func add(_ n: Int) -> Int {
        total.withLock { total in
            total += n
            return total
        }
    }
}
