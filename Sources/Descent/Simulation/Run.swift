/// One optimizer run on a surface: what to run, from where, for how long.
public struct Run: Hashable, Sendable, Codable {
    /// Legend label; nil means one is made from the optimizer and its key hyperparameters.
    public var label: String?
    /// The optimizer and its hyperparameters.
    public var optimizer: Optimizer
    /// The learning rate, by update index.
    public var lr: Schedule
    /// The starting point, point 0 of the trajectory.
    public var start: Vec2
    /// Number of updates; the trajectory has at most `steps + 1` points.
    public var steps: Int
    /// Rescale the gradient to at most this norm, as `torch.nn.utils.clip_grad_norm_`.
    public var clipNorm: Double?
    /// Clamp each gradient component to [-clipValue, clipValue], as `clip_grad_value_`.
    public var clipValue: Double?
    /// Standard deviation of Gaussian noise added to each gradient component (0: exact gradients).
    public var noise: Double
    /// Seed of the noise; the same seed gives the same trajectory.
    public var seed: UInt64
    /// Samples per gradient on a `SampledLossSurface` (seeded with `seed`, reshuffled every
    /// epoch); nil for the exact gradient.
    public var batchSize: Int?

    /// A run; the defaults are exact, unclipped, full-batch gradients.
    public init(label: String? = nil, optimizer: Optimizer, lr: Schedule, start: Vec2, steps: Int,
                clipNorm: Double? = nil, clipValue: Double? = nil, noise: Double = 0, seed: UInt64 = 0,
                batchSize: Int? = nil) {
        self.label = label
        self.optimizer = optimizer
        self.lr = lr
        self.start = start
        self.steps = steps
        self.clipNorm = clipNorm
        self.clipValue = clipValue
        self.noise = noise
        self.seed = seed
        self.batchSize = batchSize
    }
}
