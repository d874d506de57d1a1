/// A user's model scored exactly, in `Double` (values) or `Jet` (value, gradient and Hessian in
/// a plane's two coordinates), through `ModelPlan.forward`: the reference the float32 kernel is
/// tested against, and the derivatives runs and analyses need. Slow: one array per layer.
public struct ModelReference: Sendable {
    /// The model.
    public let plan: ModelPlan
    /// The samples.
    public let samples: ModelSamples
    /// Running statistics.
    public let buffers: [Double]

    /// The reference of `plan` on `samples` with running statistics `buffers`.
    public init(plan: ModelPlan, samples: ModelSamples, buffers: [Double]) {
        self.plan = plan
        self.samples = samples
        self.buffers = buffers
    }

    /// The mean loss at `theta` over the samples at `indices` (all when nil), PyTorch's mean
    /// reduction; samples in chunks on all cores.
    @_specialize(where T == Double)
    @_specialize(where T == Jet)
    public func meanLoss<T: NetworkScalar>(_ theta: [T], samples indices: [Int]? = nil) -> T {
        let count = indices?.count ?? samples.count
        guard count > 0 else { return T(0) }
        let chunk = 32
        let parts = Parallel.results((count + chunk - 1) / chunk) { c -> T in
            var total = T(0)
            for k in (c * chunk)..<min(count, (c + 1) * chunk) {
                let s = indices?[k] ?? k
                var out = plan.forward(theta, buffers: buffers, input: samples.input(s).map { T($0) })
                let width = samples.targetWidth
                total = total + samples.targets.withUnsafeBufferPointer { t in
                    out.withUnsafeMutableBufferPointer { z in
                        samples.loss.sampleLoss(z, target: UnsafeBufferPointer(rebasing: t[(s * width)..<((s + 1) * width)]))
                    }
                }
            }
            return total
        }
        let factor = 1 / Double(count * (samples.loss == .mse ? plan.outputCount : 1))
        return parts.reduce(T(0), +) * factor
    }

    /// The mean loss at `theta` over every sample, in `Double`.
    public func loss(_ theta: [Double]) -> Double { meanLoss(theta) }
}
