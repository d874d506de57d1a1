/// How a network's first weights are drawn, as Keras's initializers (biases start at 0):
/// Glorot (Xavier) and He (Kaiming), uniform or normal, fan-in and fan-out of each layer;
/// `normal` is Keras's `RandomNormal` with standard deviation 0.05.
public enum Initialization: String, CaseIterable, Sendable, Codable {
    /// Keras's `GlorotUniform`: U(−limit, limit), limit √(6 / (fan_in + fan_out)).
    case glorotUniform = "glorot_uniform"
    /// As Keras's `GlorotNormal`: N(0, σ²) with σ = √(2 / (fan_in + fan_out)), not truncated.
    case glorotNormal = "glorot_normal"
    /// Keras's `HeUniform`: U(−limit, limit), limit √(6 / fan_in).
    case heUniform = "he_uniform"
    /// As Keras's `HeNormal`: N(0, σ²) with σ = √(2 / fan_in), not truncated.
    case heNormal = "he_normal"
    /// Keras's `RandomNormal`: normal with standard deviation 0.05.
    case normal

    /// Initial parameters for `network`, the same for the same seed on every platform.
    /// Uniform: U(−limit, limit) with limit √(6 / (fan_in + fan_out)) (Glorot) or √(6 / fan_in)
    /// (He); normal: N(0, σ²) with σ = √(2 / (fan_in + fan_out)) or √(2 / fan_in).
    /// (Keras truncates its normals at 2σ; these are not truncated.)
    public func parameters(for network: MLP, seed: UInt64) -> [Double] {
        var rng = NoiseGenerator(seed: seed)
        var theta = [Double](repeating: 0, count: network.parameterCount)
        for l in 0..<network.layerCount {
            let fanIn = Double(network.widths[l]), fanOut = Double(network.widths[l + 1])
            let start = network.weightOffset(l), end = network.biasOffset(l)
            for i in start..<end {
                switch self {
                case .glorotUniform: theta[i] = (6 / (fanIn + fanOut)).squareRoot() * (2 * rng.nextUniform() - 1)
                case .heUniform: theta[i] = (6 / fanIn).squareRoot() * (2 * rng.nextUniform() - 1)
                case .glorotNormal: theta[i] = (2 / (fanIn + fanOut)).squareRoot() * rng.nextGaussian()
                case .heNormal: theta[i] = (2 / fanIn).squareRoot() * rng.nextGaussian()
                case .normal: theta[i] = 0.05 * rng.nextGaussian()
                }
            }
        }
        return theta
    }
}
