/// How a random direction is scaled to the network, as in Li et al. 2018
/// (`net_plotter.normalize_directions_for_weights`, `ignore='biasbn'`).
public enum DirectionNormalization: String, CaseIterable, Sendable, Codable {
    /// Each neuron's incoming weights (a row of a weight matrix: PyTorch's filter of a linear
    /// layer) rescaled to the norm of the same row of θ*; bias directions zeroed.
    case filter
    /// Each weight matrix rescaled to the norm of θ*'s; bias directions zeroed.
    case layer
    /// The raw Gaussian direction, biases included.
    case none
}

/// Directions in parameter space.
public enum Directions {
    /// A Gaussian random direction for `network`, normalized against `reference` (θ*).
    /// A row or matrix of `reference` that is all zero gives a zero direction there.
    public static func random(_ network: MLP, reference: [Double], normalization: DirectionNormalization,
                              random: inout NoiseGenerator) -> [Double] {
        var d = (0..<network.parameterCount).map { _ in random.nextGaussian() }
        normalize(&d, network: network, reference: reference, normalization)
        return d
    }

    /// Rescales `d` in place as `normalization` says.
    public static func normalize(_ d: inout [Double], network: MLP, reference: [Double], _ normalization: DirectionNormalization) {
        guard normalization != .none else { return }
        func norm(_ x: [Double], _ r: Range<Int>) -> Double { r.reduce(0) { $0 + x[$1] * x[$1] }.squareRoot() }
        for l in 0..<network.layerCount {
            let nIn = network.widths[l], w = network.weightOffset(l), b = network.biasOffset(l)
            let rows: [Range<Int>] = normalization == .filter
                ? (0..<network.widths[l + 1]).map { (w + $0 * nIn)..<(w + ($0 + 1) * nIn) }
                : [w..<b]
            for r in rows {
                let scale = norm(reference, r) / (norm(d, r) + 1e-10)
                for i in r { d[i] *= scale }
            }
            for i in b..<(b + network.widths[l + 1]) { d[i] = 0 }
        }
    }
}
