import Foundation

/// The nonlinearity of a network's hidden units, by PyTorch's names (`nn.Sigmoid`, `nn.Tanh`,
/// `nn.ReLU`, `nn.LeakyReLU` with slope 0.01, `nn.GELU` exact, with erf).
public enum Activation: String, CaseIterable, Sendable, Codable {
    /// The logistic σ(z), tanh(z) and max(z, 0).
    case sigmoid, tanh, relu
    /// max(z, 0.01·z): ReLU with a small slope for negative inputs, so no unit dies.
    case leakyRelu = "leaky_relu"
    /// z·Φ(z), with Φ the standard normal distribution function.
    case gelu

    /// Negative slope of leaky ReLU (PyTorch's default).
    public static let leakySlope = 0.01

    /// act(z). ReLU and leaky ReLU take the branch of z > 0 at z = 0 only for z > 0 (derivative
    /// of the left branch at the kink).
    @inlinable
    public func apply<T: NetworkScalar>(_ z: T) -> T {
        switch self {
        case .sigmoid: return T.sigmoid(z)
        case .tanh: return T.tanh(z)
        case .relu: return T.relu(z)
        case .leakyRelu: return z.value > 0 ? z : Self.leakySlope * z
        case .gelu: return 0.5 * z * (1 + T.erf(z * (1 / 2.0.squareRoot())))
        }
    }

    /// act'(z), for backpropagation; `a` is act(z), already computed.
    @inlinable
    public func derivative(_ z: Double, output a: Double) -> Double {
        switch self {
        case .sigmoid: return a * (1 - a)
        case .tanh: return 1 - a * a
        case .relu: return z > 0 ? 1 : 0
        case .leakyRelu: return z > 0 ? 1 : Self.leakySlope
        case .gelu:
            // Φ(z) + z φ(z)
            let phi = Foundation.exp(-0.5 * z * z) / (2 * Double.pi).squareRoot()
            return 0.5 * (1 + Foundation.erf(z / 2.0.squareRoot())) + z * phi
        }
    }
}
