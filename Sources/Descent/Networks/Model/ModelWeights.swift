/// A model's tensors read from a state dict and checked against its plan: θ (the parameters,
/// in the plan's order) and the running statistics.
public struct ModelWeights: Sendable, Equatable {
    /// Every parameter, flat, as `ModelPlan.tensors` places them.
    public var theta: [Double]
    /// Running means and variances of batch normalization.
    public var buffers: [Double]

    /// The tensors of `state` that `plan` needs, checked: each present, of its shape, float32 or
    /// float64; nothing else in the file but batch normalization's `num_batches_tracked`.
    /// - Throws: `ModelProblem` naming the tensor and, for a mismatch, both shapes (`file` names
    ///   the file in the message).
    public init(_ state: StateDict, plan: ModelPlan, file: String) throws(ModelProblem) {
        var theta = [Double](repeating: 0, count: plan.parameterCount)
        var buffers = [Double](repeating: 0, count: plan.bufferCount)
        var used = Set<String>()
        for tensor in plan.tensors {
            guard let stored = state.tensors[tensor.name] else {
                throw ModelProblem("`\(file)` has no tensor \(tensor.name) of shape \(ModelPlan.text(tensor.shape)), which layer \(Self.layer(of: tensor.name)) needs")
            }
            guard stored.dtype == "float32" || stored.dtype == "float64" else {
                throw ModelProblem("`\(file)`: tensor \(tensor.name) is \(stored.dtype); descent reads float32 and float64 weights")
            }
            guard stored.shape == tensor.shape else {
                throw ModelProblem("`\(file)`: tensor \(tensor.name) has shape \(ModelPlan.text(stored.shape)); layer \(Self.layer(of: tensor.name)) needs \(ModelPlan.text(tensor.shape))")
            }
            if let bad = stored.values.firstIndex(where: { !$0.isFinite }) {
                throw ModelProblem("`\(file)`: tensor \(tensor.name) holds \(NumberFormat.short(stored.values[bad])) at flat index \(bad); every weight must be finite")
            }
            if tensor.isParameter {
                theta.replaceSubrange(tensor.offset..<(tensor.offset + tensor.count), with: stored.values)
            } else {
                buffers.replaceSubrange(tensor.offset..<(tensor.offset + tensor.count), with: stored.values)
            }
            used.insert(tensor.name)
        }
        let counters = Set(plan.tensors.filter { $0.name.hasSuffix(".running_mean") }.map { String($0.name.dropLast(13)) + ".num_batches_tracked" })
        if let extra = state.tensors.keys.sorted().first(where: { !used.contains($0) && !counters.contains($0) }) {
            throw ModelProblem("`\(file)`: tensor \(extra) of shape \(ModelPlan.text(state.tensors[extra]!.shape)) belongs to no layer of the model (its layers are named 0 to \(plan.layers.count - 1))")
        }
        self.theta = theta
        self.buffers = buffers
    }

    /// `3` from `3.weight`, `4.1` from `4.1.running_var`.
    static func layer(of name: String) -> String {
        String(name[..<(name.lastIndex(of: ".") ?? name.endIndex)])
    }
}
