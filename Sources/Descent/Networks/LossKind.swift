/// How a network's outputs are scored against targets, as PyTorch's losses with mean reduction.
public enum LossKind: String, CaseIterable, Sendable, Codable {
    /// `nn.MSELoss`: the mean over samples and outputs of (output − target)².
    case mse
    /// `nn.BCEWithLogitsLoss`: one output z per sample, label t ∈ {0, 1}:
    /// softplus(z) − t·z = −t log σ(z) − (1 − t) log(1 − σ(z)).
    case binaryCrossEntropy = "binary_cross_entropy"
    /// `nn.CrossEntropyLoss`: one logit per class, log Σ e^z − z_label.
    case crossEntropy = "cross_entropy"

    /// The loss of one sample's outputs `z` (count `outputs`) against its target: a class index
    /// for the cross-entropies, the target values for MSE (one-hot of the class when the data
    /// are classes). Summed over outputs for MSE; the caller divides by the output count.
    @inlinable
    public func sampleLoss<T: NetworkScalar>(_ z: UnsafeMutableBufferPointer<T>, target: UnsafeBufferPointer<Double>) -> T {
        switch self {
        case .mse:
            var sum = T(0)
            for o in 0..<z.count {
                let d = z[o] - target[o]
                sum = sum + d * d
            }
            return sum
        case .binaryCrossEntropy:
            return T.softplus(z[0]) - target[0] * z[0]
        case .crossEntropy:
            var m = z[0].value
            for o in 1..<z.count { m = Swift.max(m, z[o].value) }
            var s = T(0)
            for o in 0..<z.count { s = s + T.exp(z[o] - m) }
            return T.log(s) + m - z[Int(target[0])]
        }
    }

    /// ∂loss/∂z for one sample, into `dz` (before dividing by the sample count).
    @inlinable
    public func sampleGradient(_ z: UnsafeBufferPointer<Double>, target: UnsafeBufferPointer<Double>,
                               into dz: UnsafeMutableBufferPointer<Double>) {
        switch self {
        case .mse:
            for o in 0..<z.count { dz[o] = 2 * (z[o] - target[o]) }
        case .binaryCrossEntropy:
            dz[0] = Double.sigmoid(z[0]) - target[0]
        case .crossEntropy:
            var m = z[0]
            for o in 1..<z.count { m = Swift.max(m, z[o]) }
            var s = 0.0
            for o in 0..<z.count {
                dz[o] = Double.exp(z[o] - m)
                s += dz[o]
            }
            for o in 0..<z.count { dz[o] /= s }
            dz[Int(target[0])] -= 1
        }
    }
}
