/// How a network's first weights are drawn, as Keras's initializers (biases start at 0):
/// Glorot (Xavier) and He (Kaiming), uniform or normal, fan-in and fan-out of each layer;
/// `normal` is Keras's `RandomNormal` with standard deviation 0.05.
public enum Initialization: String, CaseIterable, Sendable, Codable {
    case glorotUniform = "glorot_uniform"
    case glorotNormal = "glorot_normal"
    case heUniform = "he_uniform"
    case heNormal = "he_normal"
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
