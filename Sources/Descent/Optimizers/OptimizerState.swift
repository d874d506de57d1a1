/// What an optimizer carries from one update to the next, as PyTorch's `optimizer.state[p]`:
/// the update count and per-element buffers, all in one flat array so a step allocates nothing.
///
/// Make one with `Optimizer.makeState(parameterCount:)` and pass it to every `step` of the same
/// optimizer; the buffers are named after PyTorch's state keys (`exp_avg`, `momentum_buffer`...).
public struct OptimizerState: Sendable, Equatable {
    /// Updates made so far (PyTorch's `state["step"]`); the update being made is number `step`
    /// while a rule runs.
    public internal(set) var step: Int
    /// Number of parameters each buffer covers.
    public let parameterCount: Int
    /// PyTorch's names of the per-element buffers, in storage order.
    public let bufferNames: [String]
    /// The buffers one after another: element i of buffer b is at `b * parameterCount + i`.
    var storage: [Double]
    /// NAdam's running product μ_1 μ_2 ⋯ μ_t of momentum coefficients (PyTorch's `mu_product`);
    /// 1 before the first update and for every other optimizer.
    public internal(set) var muProduct: Double

    init(parameterCount: Int, buffers: [(name: String, initialValue: Double)]) {
        precondition(parameterCount >= 0, "parameterCount must be >= 0")
        step = 0
        self.parameterCount = parameterCount
        bufferNames = buffers.map(\.name)
        storage = []
        storage.reserveCapacity(buffers.count * parameterCount)
        for buffer in buffers {
            storage.append(contentsOf: repeatElement(buffer.initialValue, count: parameterCount))
        }
        muProduct = 1
    }

    /// The buffer PyTorch names `name`, or nil when this optimizer keeps none by that name.
    public func buffer(_ name: String) -> ArraySlice<Double>? {
        guard let b = bufferNames.firstIndex(of: name) else { return nil }
        return storage[(b * parameterCount)..<((b + 1) * parameterCount)]
    }

    /// Where buffer `name` starts in `storage`. The buffer must exist: the state was made for
    /// this optimizer with these hyperparameters.
    func offset(of name: String) -> Int {
        guard let b = bufferNames.firstIndex(of: name) else {
            preconditionFailure("optimizer state has no buffer \(name): made for another optimizer")
        }
        return b * parameterCount
    }
}

extension Optimizer {
    /// A fresh state for `parameterCount` parameters: no update made, buffers as PyTorch
    /// initializes them (zeros; Adagrad's `sum` at `initial_accumulator_value`).
    public func makeState(parameterCount: Int) -> OptimizerState {
        OptimizerState(parameterCount: parameterCount, buffers: stateBuffers)
    }

    /// The per-element buffers PyTorch keeps for this optimizer and these options.
    var stateBuffers: [(name: String, initialValue: Double)] {
        let h = hyperparameters
        switch kind {
        case .sgd:
            return h.momentum != 0 ? [("momentum_buffer", 0)] : []
        case .adagrad:
            return [("sum", h.initialAccumulatorValue)]
        case .rmsprop:
            return [("square_avg", 0)]
                + (h.momentum > 0 ? [("momentum_buffer", 0)] : [])
                + (h.centered ? [("grad_avg", 0)] : [])
        case .adadelta:
            return [("square_avg", 0), ("acc_delta", 0)]
        case .adam, .adamw:
            return [("exp_avg", 0), ("exp_avg_sq", 0)] + (h.amsgrad ? [("max_exp_avg_sq", 0)] : [])
        case .nadam, .radam:
            return [("exp_avg", 0), ("exp_avg_sq", 0)]
        case .adamax:
            return [("exp_avg", 0), ("exp_inf", 0)]
        }
    }
}
