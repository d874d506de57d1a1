import Descent

/// Reads `model.layers` of a network trained elsewhere: an `nn.Sequential` in order, each entry
/// a name (`relu`, `flatten`, `dropout`...) or a one-key mapping with the module's settings
/// (`conv2d: {in: 1, out: 8, kernel: 3, padding: 1}`, `maxpool2d: 2`, `residual: [...]`).
struct ModelLayerReader {
    /// Layers taking settings, with the keys each allows.
    static let settings: [String: [String]] = [
        "linear": ["in", "out", "bias"],
        "conv2d": ["in", "out", "kernel", "stride", "padding", "dilation", "groups", "bias"],
        "maxpool2d": ["kernel", "stride", "padding"],
        "avgpool2d": ["kernel", "stride", "padding"],
        "adaptive_avgpool2d": [],
        "batchnorm1d": ["features", "eps"],
        "batchnorm2d": ["features", "eps"],
        "layernorm": ["shape", "eps", "affine"],
        "dropout": [],
        "residual": [],
    ]
    /// Layers written as a bare name.
    static let bare = ["flatten", "dropout"] + Activation.allCases.map(\.rawValue)
    /// Every layer name, for messages and the schema.
    static let names = (Array(settings.keys) + bare).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }.sorted()

    static let size = 1...100_000
    static let window = 1...1_000

    func read(_ value: YAMLValue, depth: Int = 0) throws(SceneError) -> [ModelLayer] {
        let items = try value.sequence()
        guard (1...500).contains(items.count) else { throw value.error("must list 1 to 500 layers, got \(items.count)") }
        return try items.map { item throws(SceneError) in try layer(item, depth: depth) }
    }

    private func layer(_ item: YAMLValue, depth: Int) throws(SceneError) -> ModelLayer {
        if let name = item.scalarText {
            let chosen = try item.choice(Self.names, what: "layer")
            guard Self.bare.contains(chosen) else { throw item.error("`\(name)` needs its settings: `\(name): {\(Self.settings[name]!.joined(separator: ", "))}`") }
            switch chosen {
            case "flatten": return .flatten
            case "dropout": return .dropout
            default: return .activation(Activation(rawValue: chosen)!)
            }
        }
        let m = try item.mapping(allowed: Self.names, context: "a layer")
        guard m.entries.count == 1, let (name, v) = m.entries.first else {
            throw item.error("a layer is one name with its settings, e.g. `conv2d: {in: 1, out: 8, kernel: 3}`")
        }
        switch name {
        case "linear":
            let s = try v.mapping(allowed: Self.settings[name]!, context: name)
            return .linear(inputs: try s.required("in").integer(in: Self.size), outputs: try s.required("out").integer(in: Self.size),
                           bias: try s["bias"]?.bool() ?? true)
        case "conv2d":
            let s = try v.mapping(allowed: Self.settings[name]!, context: name)
            let c = Convolution(inputs: try s.required("in").integer(in: Self.size), outputs: try s.required("out").integer(in: Self.size),
                                kernel: try pair(s.required("kernel"), Self.window),
                                stride: try s["stride"].map { x throws(SceneError) in try pair(x, Self.window) } ?? Pair(1),
                                padding: try s["padding"].map { x throws(SceneError) in try pair(x, 0...1000) } ?? Pair(0),
                                dilation: try s["dilation"].map { x throws(SceneError) in try pair(x, Self.window) } ?? Pair(1),
                                groups: try s["groups"]?.integer(in: Self.size) ?? 1, bias: try s["bias"]?.bool() ?? true)
            guard c.inputs % c.groups == 0, c.outputs % c.groups == 0 else {
                throw (s["groups"] ?? v).error("groups \(c.groups) must divide both in (\(c.inputs)) and out (\(c.outputs))")
            }
            return .conv2d(c)
        case "maxpool2d", "avgpool2d":
            let p: Pooling
            if v.node.mapping != nil {
                let s = try v.mapping(allowed: Self.settings[name]!, context: name)
                p = Pooling(kernel: try pair(s.required("kernel"), Self.window),
                            stride: try s["stride"].map { x throws(SceneError) in try pair(x, Self.window) },
                            padding: try s["padding"].map { x throws(SceneError) in try pair(x, 0...500) } ?? Pair(0))
                if let at = s["padding"], 2 * p.padding.h > p.kernel.h || 2 * p.padding.w > p.kernel.w {
                    throw at.error("padding \(p.padding) must be at most half the kernel \(p.kernel), as PyTorch requires")
                }
            } else {
                p = Pooling(kernel: try pair(v, Self.window))
            }
            return name == "maxpool2d" ? .maxPool2d(p) : .avgPool2d(p)
        case "adaptive_avgpool2d":
            return .adaptiveAvgPool2d(try pair(v, Self.window))
        case "batchnorm1d", "batchnorm2d":
            var features: Int, eps = 1e-5
            if v.node.mapping != nil {
                let s = try v.mapping(allowed: Self.settings[name]!, context: name)
                features = try s.required("features").integer(in: Self.size)
                eps = try s["eps"]?.number("> 0") { $0 > 0 } ?? eps
            } else {
                features = try v.integer(in: Self.size)
            }
            return .batchNorm(features: features, eps: eps, spatial: name == "batchnorm2d")
        case "layernorm":
            var shape: [Int], eps = 1e-5, affine = true
            if v.node.mapping != nil {
                let s = try v.mapping(allowed: Self.settings[name]!, context: name)
                shape = try dims(s.required("shape"))
                eps = try s["eps"]?.number("> 0") { $0 > 0 } ?? eps
                affine = try s["affine"]?.bool() ?? true
            } else {
                shape = try dims(v)
            }
            return .layerNorm(shape: shape, eps: eps, affine: affine)
        case "dropout":
            _ = try v.number("in [0, 1)") { $0 >= 0 && $0 < 1 }
            return .dropout
        case "residual":
            guard depth < 8 else { throw v.error("residual blocks nest at most 8 deep") }
            return .residual(try read(v, depth: depth + 1))
        default:
            throw item.error("`\(name)` takes no settings: write it as `- \(name)`")
        }
    }

    /// `3` or `[3, 2]`: (height, width).
    private func pair(_ v: YAMLValue, _ range: ClosedRange<Int>) throws(SceneError) -> Pair {
        guard v.node.sequence != nil else { return Pair(try v.integer(in: range)) }
        let items = try v.sequence()
        guard items.count == 2 else { throw v.error("must be a number or [height, width], got \(items.count) items") }
        return Pair(try items[0].integer(in: range), try items[1].integer(in: range))
    }

    /// `10` or `[8, 4, 4]`: a layer norm's normalized shape.
    private func dims(_ v: YAMLValue) throws(SceneError) -> [Int] {
        guard v.node.sequence != nil else { return [try v.integer(in: Self.size)] }
        let items = try v.sequence()
        guard (1...3).contains(items.count) else { throw v.error("must list 1 to 3 sizes, got \(items.count)") }
        return try items.map { x throws(SceneError) in try x.integer(in: Self.size) }
    }
}
