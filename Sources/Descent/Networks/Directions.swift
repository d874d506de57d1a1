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

/// Where one parameter tensor lies in a flat θ, with its PyTorch shape.
public struct ParameterSlot: Sendable, Hashable {
    /// The index of its first value.
    public var offset: Int
    /// Its shape; a filter is a slice along the first axis.
    public var shape: [Int]

    /// A tensor of `shape` starting at `offset`.
    public init(offset: Int, shape: [Int]) {
        self.offset = offset
        self.shape = shape
    }

    /// Its values' indices in θ.
    public var range: Range<Int> { offset..<(offset + shape.reduce(1, *)) }
}

/// Directions in parameter space.
public enum Directions {
    /// A Gaussian random direction for `network`, normalized against `reference` (θ*).
    /// A row or matrix of `reference` that is all zero gives a zero direction there.
    public static func random(_ network: MLP, reference: [Double], normalization: DirectionNormalization,
                              random: inout NoiseGenerator) -> [Double] {
        Self.random(slots: network.parameterSlots, reference: reference, normalization: normalization, random: &random)
    }

    /// A Gaussian random direction over the parameters `slots` cover (θ has `reference.count`
    /// values), normalized against `reference` (θ*).
    public static func random(slots: [ParameterSlot], reference: [Double], normalization: DirectionNormalization,
                              random: inout NoiseGenerator) -> [Double] {
        var d = (0..<reference.count).map { _ in random.nextGaussian() }
        normalize(&d, slots: slots, reference: reference, normalization)
        return d
    }

    /// Rescales `d` in place as `normalization` says, tensor by tensor as Li et al.'s
    /// `normalize_directions_for_weights` with `ignore='biasbn'`: a tensor of one dimension
    /// (biases, normalization weights) gets a zero direction; a filter (a slice along the
    /// first axis: a row of a linear layer, an output channel of a convolution) or a whole
    /// tensor takes the norm of the same part of `reference`.
    public static func normalize(_ d: inout [Double], slots: [ParameterSlot], reference: [Double], _ normalization: DirectionNormalization) {
        guard normalization != .none else { return }
        func norm(_ x: [Double], _ r: Range<Int>) -> Double { r.reduce(0) { $0 + x[$1] * x[$1] }.squareRoot() }
        for slot in slots {
            let r = slot.range
            guard slot.shape.count > 1 else {
                for i in r { d[i] = 0 }
                continue
            }
            let filter = r.count / slot.shape[0]
            let parts: [Range<Int>] = normalization == .filter
                ? (0..<slot.shape[0]).map { (r.lowerBound + $0 * filter)..<(r.lowerBound + ($0 + 1) * filter) }
                : [r]
            for part in parts {
                let scale = norm(reference, part) / (norm(d, part) + 1e-10)
                for i in part { d[i] *= scale }
            }
        }
    }
}

extension MLP {
    /// Each layer's weight matrix (out × in) and bias (out), as PyTorch's `nn.Linear` holds them.
    public var parameterSlots: [ParameterSlot] {
        (0..<layerCount).flatMap { l in
            [ParameterSlot(offset: weightOffset(l), shape: [widths[l + 1], widths[l]]),
             ParameterSlot(offset: biasOffset(l), shape: [widths[l + 1]])]
        }
    }
}

extension ModelPlan {
    /// Where each parameter tensor lies in θ (running statistics are not in θ).
    public var parameterSlots: [ParameterSlot] {
        tensors.filter(\.isParameter).map { ParameterSlot(offset: $0.offset, shape: $0.shape) }
    }
}
