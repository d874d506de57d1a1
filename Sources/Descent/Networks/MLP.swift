/// A fully connected network: `widths` = [inputs, hidden…, outputs], `activation` after every
/// hidden layer, the output layer linear (logits or regression values).
///
/// Parameters are one flat array, layer by layer, each layer's weight matrix (out × in,
/// row-major, PyTorch's `nn.Linear.weight` layout) followed by its bias. With `skip`, a hidden
/// layer whose input and output widths are equal adds its input (a residual connection,
/// h′ = h + act(W h + b)); the first and the output layer never do.
public struct MLP: Sendable, Hashable {
    /// Units per layer, inputs first and outputs last.
    public var widths: [Int]
    /// The nonlinearity after every hidden layer.
    public var activation: Activation
    /// Whether hidden layers of equal input and output width add their input (residual connections).
    public var skip: Bool

    /// `widths`: at least two, each ≥ 1.
    public init(widths: [Int], activation: Activation, skip: Bool = false) {
        precondition(widths.count >= 2 && widths.allSatisfy { $0 >= 1 })
        self.widths = widths
        self.activation = activation
        self.skip = skip
    }

    /// Number of weight layers: one less than `widths`.
    public var layerCount: Int { widths.count - 1 }
    /// Inputs per sample.
    public var inputCount: Int { widths[0] }
    /// Outputs per sample: logits or regression values.
    public var outputCount: Int { widths[widths.count - 1] }

    /// Total number of weights and biases.
    public var parameterCount: Int {
        (0..<layerCount).reduce(0) { $0 + widths[$1 + 1] * (widths[$1] + 1) }
    }

    /// Where layer `l`'s weight matrix starts in the flat parameters.
    public func weightOffset(_ l: Int) -> Int {
        (0..<l).reduce(0) { $0 + widths[$1 + 1] * (widths[$1] + 1) }
    }

    /// Where layer `l`'s bias starts.
    public func biasOffset(_ l: Int) -> Int { weightOffset(l) + widths[l + 1] * widths[l] }

    /// True when hidden layer `l` adds its input to its output.
    public func hasSkip(_ l: Int) -> Bool {
        skip && l > 0 && l < layerCount - 1 && widths[l] == widths[l + 1]
    }

    /// True for the indices of weights (not biases), the parameters regularization and
    /// direction normalization act on.
    public func isWeight(_ index: Int) -> Bool {
        for l in 0..<layerCount where index < biasOffset(l) + widths[l + 1] {
            return index < biasOffset(l)
        }
        return false
    }

    /// Names for text: `2-32-32-2 tanh`, with `+skip` when residual.
    public var summary: String {
        widths.map(String.init).joined(separator: "-") + " \(activation.rawValue)" + (skip ? " +skip" : "")
    }
}
