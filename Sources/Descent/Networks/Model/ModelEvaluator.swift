import CGridKernel
import Foundation

/// A user's model scored fast: the float32 C kernel (`descent_model_loss_sum`, AVX2 + FMA where
/// the processor has them), samples in SIMD lanes, grid points (or, for one point, blocks of
/// samples) spread over all cores. Matches PyTorch's float32 loss to about 1e−6 relative.
public struct ModelEvaluator: Sendable {
    /// The model.
    public let plan: ModelPlan
    /// The samples its loss averages over.
    public let samples: ModelSamples
    /// Running statistics, in float32.
    let buffers: [Float]
    /// The forward pass as the kernel reads it.
    let ops: [descent_model_op]
    let residualDepth: Int

    /// An evaluator of `plan` on `samples`, with the running statistics `buffers`.
    public init(plan: ModelPlan, samples: ModelSamples, buffers: [Double]) {
        self.plan = plan
        self.samples = samples
        self.buffers = buffers.map(Float.init)
        var depth = 0, deepest = 0
        ops = plan.ops.map { op in
            var c = descent_model_op()
            c.weight = -1; c.bias = -1; c.mean = -1; c.var = -1
            c.out_h = 1; c.out_w = 1; c.in_h = 1; c.in_w = 1
            func set(_ input: [Int], _ output: [Int]) {
                (c.in_c, c.in_h, c.in_w) = (Int32(input[0]), Int32(input[1]), Int32(input[2]))
                (c.out_c, c.out_h, c.out_w) = (Int32(output[0]), Int32(output[1]), Int32(output[2]))
            }
            func window(_ kernel: Pair, _ stride: Pair, _ padding: Pair, _ dilation: Pair) {
                (c.kh, c.kw, c.sh, c.sw) = (Int32(kernel.h), Int32(kernel.w), Int32(stride.h), Int32(stride.w))
                (c.ph, c.pw, c.dh, c.dw) = (Int32(padding.h), Int32(padding.w), Int32(dilation.h), Int32(dilation.w))
            }
            switch op {
            case let .dense(inputs, outputs, weight, bias):
                c.kind = Int32(DESCENT_OP_DENSE)
                (c.in_c, c.out_c, c.weight, c.bias) = (Int32(inputs), Int32(outputs), Int32(weight), Int32(bias ?? -1))
            case let .conv(conv, input, output, weight, bias):
                c.kind = Int32(DESCENT_OP_CONV)
                set(input, output)
                window(conv.kernel, conv.stride, conv.padding, conv.dilation)
                (c.groups, c.weight, c.bias) = (Int32(conv.groups), Int32(weight), Int32(bias ?? -1))
            case let .maxPool(p, input, output), let .avgPool(p, input, output):
                if case .maxPool = op { c.kind = Int32(DESCENT_OP_MAXPOOL) } else { c.kind = Int32(DESCENT_OP_AVGPOOL) }
                set(input, output)
                window(p.kernel, p.stride, p.padding, Pair(1))
            case let .adaptiveAvgPool(input, output):
                c.kind = Int32(DESCENT_OP_ADAPTIVE)
                set(input, output)
            case let .batchNorm(channels, size, eps, weight, bias, mean, variance):
                c.kind = Int32(DESCENT_OP_BATCHNORM)
                (c.outer, c.inner, c.eps) = (Int32(channels), Int32(size), Float(eps))
                (c.weight, c.bias, c.mean, c.var) = (Int32(weight), Int32(bias), Int32(mean), Int32(variance))
            case let .layerNorm(outer, inner, eps, weight, bias):
                c.kind = Int32(DESCENT_OP_LAYERNORM)
                (c.outer, c.inner, c.eps, c.weight, c.bias) = (Int32(outer), Int32(inner), Float(eps), Int32(weight ?? -1), Int32(bias ?? -1))
            case let .activation(a, count):
                c.kind = Int32(DESCENT_OP_ACTIVATION)
                (c.activation, c.out_c) = (Int32(Activation.allCases.firstIndex(of: a)!), Int32(count))
            case let .residualBegin(count):
                c.kind = Int32(DESCENT_OP_RESIDUAL_BEGIN)
                c.out_c = Int32(count)
                depth += 1
                deepest = max(deepest, depth)
            case let .residualEnd(count):
                c.kind = Int32(DESCENT_OP_RESIDUAL_END)
                c.out_c = Int32(count)
                depth -= 1
            }
            return c
        }
        residualDepth = deepest
    }

    /// The mean loss at `theta` (float32, count `plan.parameterCount`), blocks of samples on all cores.
    public func loss(_ theta: [Float]) -> Double { lossAndAccuracy(theta).loss }

    /// The mean loss at `theta` and the fraction of samples classified right (the largest output
    /// names the class; NaN for MSE).
    public func lossAndAccuracy(_ theta: [Float]) -> (loss: Double, accuracy: Double) {
        let block = Int(DESCENT_BLOCK), blocks = (samples.count + block - 1) / block
        let cores = 4 * ProcessInfo.processInfo.activeProcessorCount
        let chunk = max(1, (blocks + cores - 1) / cores)
        let parts = Parallel.results((blocks + chunk - 1) / chunk) { i -> (Double, Int) in
            var scratch = [Float](repeating: 0, count: scratchCount)
            var right = 0
            let first = i * chunk * block
            let sum = lossSum(theta, first: first, count: min(samples.count, first + chunk * block) - first, scratch: &scratch, correct: &right)
            return (sum, right)
        }
        let right = parts.reduce(0) { $0 + $1.1 }
        return (parts.reduce(0) { $0 + $1.0 } * meanFactor,
                samples.loss == .mse ? .nan : Double(right) / Double(samples.count))
    }

    /// The mean loss at every point of rows `band` of a `columns` × `rows` grid over `box` of
    /// `plane` (see `PlaneSampler`): one grid point per core at a time.
    public func values(_ plane: Plane, box: ViewBox, columns: Int, rows: Int, band: Range<Int>,
                       progress: (@Sendable (Int) -> Void)? = nil) -> [Double] {
        PlaneSampler.values(plane, box: box, columns: columns, rows: rows, band: band, scratchCount: scratchCount,
                            progress: progress) { theta, scratch in
            lossSum(theta, first: 0, count: samples.count, scratch: &scratch, correct: nil) * meanFactor
        }
    }

    /// 1 / N for the cross-entropies, 1 / (N · outputs) for MSE, as PyTorch's mean reduction.
    public var meanFactor: Double {
        1 / Double(samples.count * (samples.loss == .mse ? plan.outputCount : 1))
    }

    var scratchCount: Int {
        withDescription { Int(descent_model_scratch_floats($0)) }
    }

    /// The sum of the losses of samples `first ..< first + count` (through the portable code
    /// path whatever the processor when `portable`, for tests).
    func lossSum(_ theta: [Float], first: Int, count: Int, scratch: inout [Float], correct: UnsafeMutablePointer<Int>?,
                 portable: Bool = false) -> Double {
        let kernel = portable ? descent_model_loss_sum_portable : descent_model_loss_sum
        return withDescription { model in
            theta.withUnsafeBufferPointer { p in
                buffers.withUnsafeBufferPointer { b in
                    samples.floatTargets.withUnsafeBufferPointer { t in
                        kernel(model, p.baseAddress, b.baseAddress, samples.file.bytes.baseAddress! + samples.header.dataOffset,
                                               samples.isDouble ? 1 : 0, t.baseAddress, Int32(samples.targetWidth),
                                               first, Int32(count), &scratch, correct)
                    }
                }
            }
        }
    }

    private func withDescription<R>(_ body: (UnsafePointer<descent_model>) -> R) -> R {
        ops.withUnsafeBufferPointer { o in
            var model = descent_model(op_count: Int32(ops.count), ops: o.baseAddress, input_size: Int32(plan.inputShape.reduce(1, *)),
                                      outputs: Int32(plan.outputCount), loss: Int32(LossKind.allCases.firstIndex(of: samples.loss)!),
                                      max_values: Int32(plan.largestActivation), residual_depth: Int32(residualDepth))
            return body(&model)
        }
    }
}
