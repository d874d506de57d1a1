/// The loss of one sigmoid neuron ŷ = σ(w·x + b) on 1-D data, as a surface over (w, b): the
/// true loss, not a slice.
///
/// MSE: f = mean (σ(w xᵢ + b) − yᵢ)²; binary cross-entropy: f = mean softplus(zᵢ) − yᵢ zᵢ.
/// With MSE, ∂f/∂z carries the factor σ'(z) = σ(1 − σ) < e^(−|z|): where |w x + b| is large
/// for every sample the neuron saturates and the surface is a plateau, flat to many digits
/// whether the answer is right or wrong. Cross-entropy cancels that factor (∂/∂z = σ − y), so
/// its wrong side is a slope, not a plateau.
public struct SigmoidNeuron: DifferentiableSurface {
    /// Inputs, one per sample.
    public var xs: [Double]
    /// Targets in [0, 1], one per sample.
    public var ys: [Double]
    /// `.mse` or `.binaryCrossEntropy`.
    public var loss: LossKind

    /// `xs`, `ys`: the samples (same count ≥ 1, y ∈ [0, 1]); `loss`: `.mse` or `.binaryCrossEntropy`.
    public init(xs: [Double], ys: [Double], loss: LossKind = .mse) {
        precondition(xs.count == ys.count && !xs.isEmpty && loss != .crossEntropy)
        self.xs = xs
        self.ys = ys
        self.loss = loss
    }

    /// f at (w, b), in `Double` for the value or `Jet` for its derivatives.
    public func evaluate<T: DiffScalar>(_ w: T, _ b: T) -> T {
        var sum = T(0)
        for (x, y) in zip(xs, ys) {
            let z = w * x + b
            switch loss {
            case .binaryCrossEntropy:
                sum = sum + (T.softplus(z) - y * z)
            default:
                let d = T.sigmoid(z) - y
                sum = sum + d * d
            }
        }
        return sum / Double(xs.count)
    }
}
