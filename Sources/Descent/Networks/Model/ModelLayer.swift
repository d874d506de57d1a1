/// A 2-D window setting of a convolution or pooling layer: (height, width).
public struct Pair: Sendable, Hashable, CustomStringConvertible {
    /// Along the image's rows (height).
    public var h: Int
    /// Along its columns (width).
    public var w: Int

    /// (`h`, `w`).
    public init(_ h: Int, _ w: Int) {
        self.h = h
        self.w = w
    }

    /// The same value along both axes.
    public init(_ both: Int) { self.init(both, both) }

    /// `3` when both agree, `(3, 2)` otherwise.
    public var description: String { h == w ? "\(h)" : "(\(h), \(w))" }
}

/// `nn.Conv2d`'s settings.
public struct Convolution: Sendable, Hashable {
    /// Input and output channels.
    public var inputs: Int, outputs: Int
    /// Kernel size, stride, zero padding on each side and dilation.
    public var kernel: Pair, stride: Pair, padding: Pair, dilation: Pair
    /// Channel groups: inputs and outputs are both divisible by it.
    public var groups: Int
    /// Whether the layer adds a bias per output channel.
    public var bias: Bool

    /// A convolution with PyTorch's defaults for what is left out.
    public init(inputs: Int, outputs: Int, kernel: Pair, stride: Pair = Pair(1), padding: Pair = Pair(0),
                dilation: Pair = Pair(1), groups: Int = 1, bias: Bool = true) {
        self.inputs = inputs
        self.outputs = outputs
        self.kernel = kernel
        self.stride = stride
        self.padding = padding
        self.dilation = dilation
        self.groups = groups
        self.bias = bias
    }
}

/// `nn.MaxPool2d` and `nn.AvgPool2d`'s settings (`ceil_mode=False`; average pooling counts the
/// zero padding, `count_include_pad=True`).
public struct Pooling: Sendable, Hashable {
    /// Window size, stride (PyTorch's default: the window) and padding on each side.
    public var kernel: Pair, stride: Pair, padding: Pair

    /// A pooling window; `stride` nil is the window itself.
    public init(kernel: Pair, stride: Pair? = nil, padding: Pair = Pair(0)) {
        self.kernel = kernel
        self.stride = stride ?? kernel
        self.padding = padding
    }
}

/// One module of an `nn.Sequential`, in evaluation mode. Parameters are named as PyTorch's
/// `state_dict` names them: `<index>.weight`, `<index>.bias`, and inside a residual block
/// `<index>.<inner index>.weight`.
public indirect enum ModelLayer: Sendable, Hashable {
    /// `nn.Linear`: y = W x + b, W of shape (outputs, inputs).
    case linear(inputs: Int, outputs: Int, bias: Bool)
    /// `nn.Conv2d`: weight (outputs, inputs / groups, kh, kw), bias (outputs).
    case conv2d(Convolution)
    /// `nn.MaxPool2d`: padding counts as −∞.
    case maxPool2d(Pooling)
    /// `nn.AvgPool2d`.
    case avgPool2d(Pooling)
    /// `nn.AdaptiveAvgPool2d`: windows [⌊i·H/h⌋, ⌈(i+1)·H/h⌉).
    case adaptiveAvgPool2d(Pair)
    /// `nn.Flatten`: (C, H, W) to C·H·W, in that order.
    case flatten
    /// `nn.BatchNorm1d` (`spatial` false: inputs (C) or (C, L)) and `nn.BatchNorm2d` (inputs
    /// (C, H, W)) in evaluation mode: (x − running_mean) / √(running_var + eps) · weight + bias.
    case batchNorm(features: Int, eps: Double, spatial: Bool)
    /// `nn.Dropout`: the identity in evaluation mode.
    case dropout
    /// `nn.LayerNorm(shape)` over the trailing dimensions, with weight and bias when `affine`.
    case layerNorm(shape: [Int], eps: Double, affine: Bool)
    /// A nonlinearity (`nn.ReLU`, `nn.Tanh`, ...).
    case activation(Activation)
    /// x + block(x): an `nn.Sequential` subclass whose forward adds its input.
    case residual([ModelLayer])

    /// The PyTorch name of the layer, for messages.
    public var name: String {
        switch self {
        case .linear: "linear"
        case .conv2d: "conv2d"
        case .maxPool2d: "maxpool2d"
        case .avgPool2d: "avgpool2d"
        case .adaptiveAvgPool2d: "adaptive_avgpool2d"
        case .flatten: "flatten"
        case let .batchNorm(_, _, spatial): spatial ? "batchnorm2d" : "batchnorm1d"
        case .dropout: "dropout"
        case .layerNorm: "layernorm"
        case let .activation(a): a.rawValue
        case .residual: "residual"
        }
    }
}
