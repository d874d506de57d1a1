import Descent

/// Reads a network surface: `surface: {network: {...}, plane: {...}, split: ...}`, or a loss
/// line: `line: {...}` instead of `plane`.
///
/// `activation`, `init`, `skip` and `split` may each be a list: the scene then compares one
/// panel (or, on a line, one curve) per value (only one of them may be a list).
struct NetworkReader {
    let surface: YAMLMapping
    let network: YAMLValue

    static let keys = ["model", "data", "layers", "activation", "init", "seed", "loss", "l2", "l1", "skip",
                       "validation", "train"]
    static let planeKeys = ["directions", "normalization", "seed"]
    static let directions = ["random", "pca", "checkpoints"]

    func read() throws(SceneError) -> LandscapeSource {
        let m = try network.mapping(allowed: Self.keys, context: "network")
        if m["model"]?.node.mapping != nil { return try own(m) }
        let model = try m["model"].map { v throws(SceneError) in NetworkModel(rawValue: try v.choice(NetworkModel.allCases.map(\.rawValue), what: "model"))! } ?? .mlp
        let loss = try m["loss"].map { v throws(SceneError) in LossKind(rawValue: try v.choice(LossKind.allCases.map(\.rawValue), what: "loss"))! }
        let (data, dataName) = try DatasetReader(value: try m.required("data"), loss: loss).read()

        var base = NetworkSpec(data: data, dataName: dataName, model: model, loss: loss)
        if let v = m["layers"] {
            base.hidden = try v.sequence().map { w throws(SceneError) in try w.integer(in: SceneLimits.width) }
            guard SceneLimits.depth.contains(base.hidden.count) else {
                throw v.error("must list at most \(SceneLimits.depth.upperBound) hidden widths, got \(base.hidden.count)")
            }
        } else if model == .mlp {
            base.hidden = [16]
        }
        if let v = m["seed"] { base.initSeed = try RunReader.seed(v) }
        base.regularization = Regularization(l2: try m["l2"]?.number(">= 0") { $0 >= 0 } ?? 0,
                                             l1: try m["l1"]?.number(">= 0") { $0 >= 0 } ?? 0)
        if let v = m["validation"] { base.validation = try v.number("in [0, 0.9]") { $0 >= 0 && $0 <= 0.9 } }
        if let v = m["train"] { base.training = try TrainingReader(value: v).read() }
        base.plane = try plane(surface["plane"])

        // Variants: each listed value of one key gives a panel.
        let activation = try choices(m["activation"], Activation.allCases.map(\.rawValue), what: "activation") ?? [model == .neuron ? "sigmoid" : "tanh"]
        let initialization = try choices(m["init"], Initialization.allCases.map(\.rawValue), what: "initialization") ?? ["glorot_uniform"]
        let skip = try bools(m["skip"]) ?? [false]
        let split = try choices(surface["split"], DataSplit.allCases.map(\.rawValue), what: "split") ?? ["train"]
        let lists = [activation.count, initialization.count, skip.count, split.count].filter { $0 > 1 }
        guard lists.count <= 1 else {
            throw network.error("only one of activation, init, skip and split may be a list (one panel per value)")
        }
        var specs: [NetworkSpec] = []
        for a in activation { for i in initialization { for s in skip { for d in split {
            var spec = base
            spec.activation = Activation(rawValue: a)!
            spec.initialization = Initialization(rawValue: i)!
            spec.skip = s
            spec.split = DataSplit(rawValue: d)!
            if lists.count == 1 {
                spec.title = activation.count > 1 ? a : initialization.count > 1 ? i : skip.count > 1 ? (s ? "with skip connections" : "without skip connections") : "\(d) loss"
            }
            specs.append(spec)
        } } } }
        for problem in specs[0].validationProblems() {
            let key = problem.field.split(separator: ".").first.map(String.init) ?? problem.field
            let at = key == "split" || key == "plane" ? surface[key] : m[key]
            throw (at ?? network).error(problem.message)
        }
        try checkMemory(specs[0], at: m["layers"] ?? network)
        if let value = surface["line"] { return .line(specs, try LineReader(value: value, surface: surface).read(specs[0])) }
        return .networks(specs)
    }

    /// A network trained elsewhere (`model: {layers, weights, checkpoints}`): one panel, or one
    /// per listed split.
    private func own(_ m: YAMLMapping) throws(SceneError) -> LandscapeSource {
        let (own, loss) = try OwnModelReader(network: m).read()
        var base = NetworkSpec(data: .none,
                               dataName: own.name, loss: loss)
        base.own = own
        base.plane = try plane(surface["plane"])
        let split = try choices(surface["split"], DataSplit.allCases.map(\.rawValue), what: "split") ?? ["train"]
        let specs = split.map { name -> NetworkSpec in
            var spec = base
            spec.split = DataSplit(rawValue: name)!
            if split.count > 1 { spec.title = "\(name) loss" }
            return spec
        }
        for problem in specs.flatMap({ $0.validationProblems() }) {
            throw (surface[problem.field] ?? m["model"] ?? network).error(problem.message)
        }
        if let value = surface["line"] { return .line(specs, try LineReader(value: value, surface: surface).read(specs[0])) }
        return .networks(specs)
    }

    private func plane(_ value: YAMLValue?) throws(SceneError) -> PlaneSpec {
        guard let value else { return .random(normalization: .filter, seed: 1) }
        let p = try value.mapping(allowed: Self.planeKeys, context: "plane")
        let directions = try p["directions"]?.choice(Self.directions, what: "directions") ?? "random"
        switch directions {
        case "pca": return .pca
        case "checkpoints": return .checkpoints
        default:
            let normalization = try p["normalization"].map { v throws(SceneError) in
                DirectionNormalization(rawValue: try v.choice(DirectionNormalization.allCases.map(\.rawValue), what: "normalization"))!
            } ?? .filter
            return .random(normalization: normalization, seed: try p["seed"].map { v throws(SceneError) in try RunReader.seed(v) } ?? 1)
        }
    }

    /// One name or a list of names, each among `allowed`.
    private func choices(_ value: YAMLValue?, _ allowed: [String], what: String) throws(SceneError) -> [String]? {
        guard let value else { return nil }
        if value.node.sequence == nil { return [try value.choice(allowed, what: what)] }
        let items = try value.sequence()
        guard (1...6).contains(items.count) else { throw value.error("must list 1 to 6 values, got \(items.count)") }
        return try items.map { v throws(SceneError) in try v.choice(allowed, what: what) }
    }

    private func bools(_ value: YAMLValue?) throws(SceneError) -> [Bool]? {
        guard let value else { return nil }
        if value.node.sequence == nil { return [try value.bool()] }
        return try value.sequence().map { v throws(SceneError) in try v.bool() }
    }

    /// Refuses a network whose landscape would need more memory than `SceneLimits.networkBytes`,
    /// before anything is allocated: the training paths (every update), PCA's matrix, the data
    /// and the grid.
    private func checkMemory(_ spec: NetworkSpec, at value: YAMLValue) throws(SceneError) {
        guard spec.model == .mlp else { return }
        let widths = [spec.data.featureCount] + spec.hidden + [spec.outputCount]
        var parameters = 0.0
        for l in 0..<(widths.count - 1) { parameters += Double(widths[l + 1]) * Double(widths[l] + 1) }
        let snapshots = Double((spec.training?.steps ?? 0) + 1) * (spec.plane == .checkpoints ? 2 : 1)
        let bytes = 8 * parameters * (snapshots + 8 + (spec.plane == .pca ? 2 * min(snapshots, 1000) : 0))
            + 8 * Double(spec.data.count) * Double(2 * (widths.max() ?? 1))
        guard bytes <= SceneLimits.networkBytes else {
            throw value.error("network \(widths.map(String.init).joined(separator: "-")) has \(NumberFormat.short(parameters)) parameters "
                              + "and would need about \(NumberFormat.bytes(bytes)) of memory; the limit is \(NumberFormat.bytes(SceneLimits.networkBytes))")
        }
    }
}
