/// A tensor of a model's `state_dict`: a parameter (in θ, the flat parameter vector planes move
/// through) or a buffer (batch normalization's running statistics, fixed).
public struct ModelTensor: Sendable, Hashable {
    /// PyTorch's name: `0.weight`, `4.1.running_var`.
    public var name: String
    /// PyTorch's shape.
    public var shape: [Int]
    /// Where the tensor starts in θ (parameters) or in the buffers.
    public var offset: Int
    /// False for running statistics.
    public var isParameter: Bool

    /// Number of values.
    public var count: Int { shape.reduce(1, *) }
}

/// One step of a model's forward pass on one sample, its shapes resolved and its tensors placed.
/// Activations are C-order arrays of the sample's shape; flatten and dropout are no steps at all.
public enum ModelOp: Sendable, Hashable {
    /// y = W x (+ b): W at `weight` (outputs × inputs), b at `bias`.
    case dense(inputs: Int, outputs: Int, weight: Int, bias: Int?)
    /// A convolution from `input` to `output` (channels, height, width).
    case conv(Convolution, input: [Int], output: [Int], weight: Int, bias: Int?)
    /// Max pooling from `input` to `output` (channels, height, width).
    case maxPool(Pooling, input: [Int], output: [Int])
    /// Average pooling (zero padding counted).
    case avgPool(Pooling, input: [Int], output: [Int])
    /// Adaptive average pooling from `input` to `output`.
    case adaptiveAvgPool(input: [Int], output: [Int])
    /// Per channel (the first of `channels` × `size` values): (x − mean) / √(var + eps) · w + b,
    /// mean and var at `mean` and `variance` in the buffers, w and b in θ.
    case batchNorm(channels: Int, size: Int, eps: Double, weight: Int, bias: Int, mean: Int, variance: Int)
    /// Normalizes each of `outer` groups of `inner` consecutive values; w and b (`inner` each)
    /// when the layer is affine.
    case layerNorm(outer: Int, inner: Int, eps: Double, weight: Int?, bias: Int?)
    /// The nonlinearity applied to `count` values.
    case activation(Activation, count: Int)
    /// Keeps the activations (`count` values) to add back at the matching `residualEnd`.
    case residualBegin(count: Int)
    /// Adds the activations kept by the innermost open `residualBegin`.
    case residualEnd(count: Int)
}

/// Why layers do not fit together, or do not fit the data.
public struct ModelProblem: Error, Equatable, Sendable {
    /// One line, in lower case.
    public let message: String

    /// A problem described by `message`.
    public init(_ message: String) { self.message = message }
}

/// An `nn.Sequential` for a sample shape, resolved: the shape after every layer, the steps of
/// the forward pass and the `state_dict` tensors it reads, in PyTorch's order.
public struct ModelPlan: Sendable, Hashable {
    /// The layers, as the scene lists them.
    public let layers: [ModelLayer]
    /// One sample's shape: (C, H, W) or (D).
    public let inputShape: [Int]
    /// One sample's output: (outputs).
    public let outputShape: [Int]
    /// The forward pass.
    public let ops: [ModelOp]
    /// Every tensor of the state dict, in `state_dict` order (`num_batches_tracked` left out).
    public let tensors: [ModelTensor]
    /// Values in θ.
    public let parameterCount: Int
    /// Values of running statistics.
    public let bufferCount: Int

    /// Resolves `layers` for samples of `inputShape`.
    /// - Throws: `ModelProblem` naming the first layer (by its state-dict index) whose input
    ///   does not have the shape it needs, with both shapes.
    public init(layers: [ModelLayer], inputShape: [Int]) throws(ModelProblem) {
        guard !layers.isEmpty else { throw ModelProblem("a model needs at least one layer") }
        var builder = Builder()
        let output = try builder.add(layers, prefix: "", shape: inputShape)
        guard output.count == 1 else {
            throw ModelProblem("the last layer gives each sample shape \(Self.text(output)); a loss needs a flat output: end with flatten or linear")
        }
        self.layers = layers
        self.inputShape = inputShape
        outputShape = output
        ops = builder.ops
        tensors = builder.tensors
        parameterCount = builder.parameters
        bufferCount = builder.buffers
    }

    /// Outputs per sample.
    public var outputCount: Int { outputShape[0] }

    /// Floating-point operations of one sample's forward pass (a multiply-add counts 2; pooling,
    /// normalization and activations one per value they read).
    public var operationsPerSample: Double {
        ops.reduce(0.0) { total, op in
            switch op {
            case let .dense(i, o, _, _): return total + 2 * Double(i * o)
            case let .conv(c, _, o, _, _): return total + 2 * Double(o.reduce(1, *) * c.inputs / c.groups * c.kernel.h * c.kernel.w)
            case let .maxPool(p, _, o), let .avgPool(p, _, o): return total + Double(o.reduce(1, *) * p.kernel.h * p.kernel.w)
            case let .adaptiveAvgPool(i, _): return total + Double(i.reduce(1, *))
            case let .batchNorm(channels, size, _, _, _, _, _): return total + 2 * Double(channels * size)
            case let .layerNorm(outer, inner, _, _, _): return total + 6 * Double(outer * inner)
            case let .activation(_, count), let .residualBegin(count), let .residualEnd(count): return total + Double(count)
            }
        }
    }

    /// The largest number of values an activation of one sample holds.
    public var largestActivation: Int {
        ops.reduce(inputShape.reduce(1, *)) { m, op in
            switch op {
            case let .dense(_, n, _, _): max(m, n)
            case let .conv(_, _, o, _, _), let .maxPool(_, _, o), let .avgPool(_, _, o), let .adaptiveAvgPool(_, o): max(m, o.reduce(1, *))
            default: m
            }
        }
    }

    /// `(1, 8, 8)`: a shape as NumPy prints a tuple, with the sample axis first when `batch` is given.
    public static func text(_ shape: [Int], batch: Int? = nil) -> String {
        NPYArray.tuple((batch.map { [$0] } ?? []) + shape)
    }

    private struct Builder {
        var ops: [ModelOp] = []
        var tensors: [ModelTensor] = []
        var parameters = 0
        var buffers = 0

        mutating func parameter(_ name: String, _ shape: [Int]) -> Int {
            defer { parameters += shape.reduce(1, *) }
            tensors.append(ModelTensor(name: name, shape: shape, offset: parameters, isParameter: true))
            return parameters
        }

        mutating func buffer(_ name: String, _ shape: [Int]) -> Int {
            defer { buffers += shape.reduce(1, *) }
            tensors.append(ModelTensor(name: name, shape: shape, offset: buffers, isParameter: false))
            return buffers
        }

        mutating func add(_ layers: [ModelLayer], prefix: String, shape start: [Int]) throws(ModelProblem) -> [Int] {
            var shape = start
            for (index, layer) in layers.enumerated() {
                let name = prefix + String(index)
                func wrong(_ expected: String) -> ModelProblem {
                    ModelProblem("layer \(name) (\(layer.name)) expects \(expected) per sample, got \(ModelPlan.text(shape))")
                }
                let count = shape.reduce(1, *)
                switch layer {
                case let .linear(inputs, outputs, bias):
                    guard shape.count == 1, shape[0] == inputs else { throw wrong("(\(inputs),)") }
                    let w = parameter(name + ".weight", [outputs, inputs])
                    let b = bias ? parameter(name + ".bias", [outputs]) : nil
                    ops.append(.dense(inputs: inputs, outputs: outputs, weight: w, bias: b))
                    shape = [outputs]
                case let .conv2d(c):
                    guard shape.count == 3, shape[0] == c.inputs else { throw wrong("(\(c.inputs), height, width)") }
                    let h = Self.outputSize(shape[1], c.kernel.h, c.stride.h, c.padding.h, c.dilation.h)
                    let w = Self.outputSize(shape[2], c.kernel.w, c.stride.w, c.padding.w, c.dilation.w)
                    guard h >= 1, w >= 1 else {
                        throw ModelProblem("layer \(name) (conv2d): kernel \(c.kernel) with dilation \(c.dilation) and padding \(c.padding) does not fit input \(ModelPlan.text(shape))")
                    }
                    let weight = parameter(name + ".weight", [c.outputs, c.inputs / c.groups, c.kernel.h, c.kernel.w])
                    let bias = c.bias ? parameter(name + ".bias", [c.outputs]) : nil
                    let output = [c.outputs, h, w]
                    ops.append(.conv(c, input: shape, output: output, weight: weight, bias: bias))
                    shape = output
                case let .maxPool2d(p), let .avgPool2d(p):
                    guard shape.count == 3 else { throw wrong("(channels, height, width)") }
                    let h = Self.outputSize(shape[1], p.kernel.h, p.stride.h, p.padding.h, 1)
                    let w = Self.outputSize(shape[2], p.kernel.w, p.stride.w, p.padding.w, 1)
                    guard h >= 1, w >= 1 else {
                        throw ModelProblem("layer \(name) (\(layer.name)): kernel \(p.kernel) with padding \(p.padding) does not fit input \(ModelPlan.text(shape))")
                    }
                    let output = [shape[0], h, w]
                    if case .maxPool2d = layer {
                        ops.append(.maxPool(p, input: shape, output: output))
                    } else {
                        ops.append(.avgPool(p, input: shape, output: output))
                    }
                    shape = output
                case let .adaptiveAvgPool2d(size):
                    guard shape.count == 3 else { throw wrong("(channels, height, width)") }
                    let output = [shape[0], size.h, size.w]
                    ops.append(.adaptiveAvgPool(input: shape, output: output))
                    shape = output
                case .flatten:
                    shape = [count]
                case let .batchNorm(features, eps, spatial):
                    guard shape[0] == features, spatial ? shape.count == 3 : shape.count <= 2 else {
                        throw wrong(spatial ? "(\(features), height, width)" : "(\(features),) or (\(features), length)")
                    }
                    let w = parameter(name + ".weight", [features])
                    let b = parameter(name + ".bias", [features])
                    let mean = buffer(name + ".running_mean", [features])
                    let variance = buffer(name + ".running_var", [features])
                    ops.append(.batchNorm(channels: features, size: count / features, eps: eps, weight: w, bias: b, mean: mean, variance: variance))
                case let .layerNorm(normalized, eps, affine):
                    guard shape.count >= normalized.count, Array(shape.suffix(normalized.count)) == normalized else {
                        throw wrong("a shape ending in \(ModelPlan.text(normalized))")
                    }
                    let inner = normalized.reduce(1, *)
                    let w = affine ? parameter(name + ".weight", normalized) : nil
                    let b = affine ? parameter(name + ".bias", normalized) : nil
                    ops.append(.layerNorm(outer: count / inner, inner: inner, eps: eps, weight: w, bias: b))
                case .dropout:
                    break
                case let .activation(a):
                    ops.append(.activation(a, count: count))
                case let .residual(block):
                    ops.append(.residualBegin(count: count))
                    let output = try add(block, prefix: name + ".", shape: shape)
                    guard output == shape else {
                        throw ModelProblem("layer \(name) (residual): its block turns \(ModelPlan.text(shape)) into \(ModelPlan.text(output)); x + block(x) needs the same shape")
                    }
                    ops.append(.residualEnd(count: count))
                }
            }
            return shape
        }

        /// PyTorch's ⌊(n + 2p − d(k − 1) − 1) / s⌋ + 1.
        static func outputSize(_ n: Int, _ k: Int, _ s: Int, _ p: Int, _ d: Int) -> Int {
            let span = n + 2 * p - d * (k - 1) - 1
            return span < 0 ? 0 : span / s + 1
        }
    }
}
