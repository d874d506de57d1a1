extension Schedule {
    /// One schedule as `descent list` and scene files name it.
    public struct CatalogueEntry: Sendable {
        /// Scene-file name: `constant`, `exponential_decay`, ... (Keras's class name in snake case).
        public let name: String
        /// The `keras.optimizers.schedules` class, nil for a constant rate.
        public let kerasName: String?
        /// A one-line description of the rate it gives, for `descent list`.
        public let summary: String
        /// Keras's parameters in Keras's order.
        public let parameters: [CatalogueParameter]
    }

    /// One schedule parameter: Keras's name, its default as Keras writes it (nil: required).
    public struct CatalogueParameter: Sendable {
        /// Keras's parameter name.
        public let name: String
        /// The default as Keras writes it; nil when the parameter is required.
        public let defaultText: String?
        /// A short description for `descent list`.
        public let summary: String
    }

    /// Every schedule, in the order of `Schedule`'s cases.
    public static let catalogue: [CatalogueEntry] = {
        typealias P = CatalogueParameter
        let initial = P(name: "initial_learning_rate", defaultText: nil, summary: "learning rate at step 0")
        let decaySteps = P(name: "decay_steps", defaultText: nil, summary: "steps over which the rate decays (> 0)")
        let decayRate = P(name: "decay_rate", defaultText: nil, summary: "decay factor (> 0)")
        let staircase = P(name: "staircase", defaultText: "False", summary: "decay in whole steps of decay_steps")
        return [
            CatalogueEntry(name: "constant", kerasName: nil, summary: "the same rate at every step",
                           parameters: [P(name: "lr", defaultText: nil, summary: "learning rate (> 0)")]),
            CatalogueEntry(
                name: "piecewise_constant_decay", kerasName: "PiecewiseConstantDecay",
                summary: "values[i] while boundaries[i-1] < step <= boundaries[i]",
                parameters: [
                    P(name: "boundaries", defaultText: nil, summary: "strictly increasing steps"),
                    P(name: "values", defaultText: nil, summary: "one more rate than boundaries"),
                ]),
            CatalogueEntry(
                name: "exponential_decay", kerasName: "ExponentialDecay",
                summary: "initial_learning_rate * decay_rate ^ (step / decay_steps)",
                parameters: [initial, decaySteps, decayRate, staircase]),
            CatalogueEntry(
                name: "polynomial_decay", kerasName: "PolynomialDecay",
                summary: "(initial - end) * (1 - step / decay_steps) ^ power + end",
                parameters: [
                    initial, decaySteps,
                    P(name: "end_learning_rate", defaultText: "0.0001", summary: "final rate (>= 0)"),
                    P(name: "power", defaultText: "1.0", summary: "exponent of the polynomial (> 0)"),
                    P(name: "cycle", defaultText: "False", summary: "restart at each multiple of decay_steps"),
                ]),
            CatalogueEntry(
                name: "inverse_time_decay", kerasName: "InverseTimeDecay",
                summary: "initial_learning_rate / (1 + decay_rate * step / decay_steps)",
                parameters: [initial, decaySteps, decayRate, staircase]),
            CatalogueEntry(
                name: "cosine_decay", kerasName: "CosineDecay",
                summary: "optional linear warmup, then cosine decay to alpha times the peak",
                parameters: [
                    initial, decaySteps,
                    P(name: "alpha", defaultText: "0.0", summary: "final rate as a fraction of the peak, in [0, 1]"),
                    P(name: "warmup_target", defaultText: "None", summary: "peak rate reached after warmup"),
                    P(name: "warmup_steps", defaultText: "0", summary: "steps of linear warmup"),
                ]),
        ]
    }()

    /// This schedule's scene-file name (`catalogue` entry name).
    public var name: String {
        switch self {
        case .constant: "constant"
        case .piecewiseConstantDecay: "piecewise_constant_decay"
        case .exponentialDecay: "exponential_decay"
        case .polynomialDecay: "polynomial_decay"
        case .inverseTimeDecay: "inverse_time_decay"
        case .cosineDecay: "cosine_decay"
        }
    }
}
