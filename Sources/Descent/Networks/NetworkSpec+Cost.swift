/// Floating-point operations (a multiply-add counts 2) a network landscape takes, estimated
/// before any of it is done. The grid runs in the float32 SIMD kernel; training and runs in
/// scalar `Double` code, about twenty times slower per operation, so the two are kept apart.
public struct NetworkCost: Sendable, Equatable {
    /// The grid: one forward pass over the drawn split's samples per point.
    public var grid: Double
    /// Training, and runs on the landscape.
    public var scalar: Double

    /// A cost of `grid` and `scalar` operations.
    public init(grid: Double, scalar: Double) {
        self.grid = grid
        self.scalar = scalar
    }

    /// The cost of doing both.
    public static func + (a: NetworkCost, b: NetworkCost) -> NetworkCost {
        NetworkCost(grid: a.grid + b.grid, scalar: a.scalar + b.scalar)
    }
}

extension NetworkSpec {
    /// The cost of building this landscape on `rows` rows of a grid of `resolution`² points. A
    /// forward pass costs 2 per parameter and sample, a backward pass twice that. Training
    /// takes, at every step, a gradient over a batch (the whole training set without one) and
    /// the training and validation losses over every sample; the checkpoints plane trains
    /// twice. The two-parameter models cost about 20 operations per sample and point, in
    /// `Double`, and do not train.
    public func cost(resolution: Int, rows: Int? = nil) -> NetworkCost {
        let points = Double(resolution) * Double(rows ?? resolution)
        if let own {
            // A forward pass costs what its layers multiply and add; a user's model does not train.
            return NetworkCost(grid: own.plan.operationsPerSample * Double(own.samples(split).count) * points, scalar: 0)
        }
        let samples = Double(data.count)
        guard model == .mlp else { return NetworkCost(grid: 0, scalar: 20 * points * samples) }
        let p = Double(network.parameterCount)
        let held = (validation * samples).rounded()
        let drawn = split == .train ? samples - held : held
        var training = 0.0
        if let spec = self.training {
            let batch = spec.batchSize.map { min(Double($0), samples - held) } ?? samples - held
            training = (6 * p * batch + 2 * p * samples) * Double(spec.steps) * (plane == .checkpoints ? 2 : 1)
        }
        return NetworkCost(grid: 2 * p * drawn * points, scalar: training)
    }

    /// The cost of `steps` updates of runs on this landscape: at every step the loss and its
    /// exact gradient and Hessian in the plane (forward-mode second derivatives, about 15
    /// operations for each of a forward pass's) over every sample.
    public func runCost(steps: Int) -> NetworkCost {
        if let own {
            // Values in the float32 kernel; gradients (and a few Hessians) in `Jet`, about 15
            // operations for each of a forward pass's.
            let samples = Double(own.samples(split).count)
            return NetworkCost(grid: own.plan.operationsPerSample * samples * Double(steps),
                               scalar: 15 * own.plan.operationsPerSample * samples * Double(steps))
        }
        let samples = Double(data.count)
        let perSample = model == .mlp ? 32 * Double(network.parameterCount) : 40
        return NetworkCost(grid: 0, scalar: perSample * samples * Double(steps))
    }
}
