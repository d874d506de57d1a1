import Descent

/// Reads one entry of `runs:`: the optimizer, its hyperparameters, learning rate and options.
struct RunReader {
    let value: YAMLValue
    let defaults: RunDefaults

    static let commonKeys = ["optimizer", "label", "lr", "start", "steps", "clip_norm", "clip_value", "noise", "seed", "batch_size"]

    func read() throws(SceneError) -> Run {
        guard let raw = value.node.mapping else {
            throw value.error("must be a mapping with at least `optimizer`, got \(value.shown)")
        }
        guard let kindNode = raw["optimizer"] else { throw value.error("missing `optimizer`") }
        let kindValue = value.child(kindNode, key: "optimizer")
        let kind = OptimizerKind(rawValue: try kindValue.choice(OptimizerKind.allCases.map(\.rawValue), what: "optimizer"))!
        let specs = kind.parameters
        let m = try mapping(for: kind, allowed: Self.commonKeys + specs.map(\.name))

        var optimizer = Optimizer(kind)
        for spec in specs {
            guard let v = m[spec.name] else { continue }
            spec.set(&optimizer.hyperparameters, try Self.hyperparameter(v, spec: spec))
        }
        for problem in optimizer.validationProblems() {
            throw (m[problem.field] ?? value).error(problem.message)
        }

        let lr = try m["lr"].map { v throws(SceneError) in try ScheduleReader(value: v).read() }
            ?? .constant(kind.defaultLearningRate)
        guard let start = try m["start"].map({ v throws(SceneError) in try Self.point(v) }) ?? defaults.start else {
            throw value.error("missing `start`; give it here or at the top of the scene")
        }
        var run = Run(label: try m["label"]?.string(), optimizer: optimizer, lr: lr, start: start,
                      steps: try m["steps"]?.integer(in: SceneLimits.steps) ?? defaults.steps,
                      seed: try m["seed"].map { v throws(SceneError) in try Self.seed(v) } ?? defaults.seed)
        if let v = m["clip_norm"] { run.clipNorm = try v.number("> 0") { $0 > 0 } }
        if let v = m["clip_value"] { run.clipValue = try v.number("> 0") { $0 > 0 } }
        if let v = m["noise"] { run.noise = try v.number(">= 0") { $0 >= 0 } }
        if let v = m["batch_size"] {
            guard let samples = defaults.samples else { throw v.error("needs a network surface, whose loss is a mean over samples") }
            run.batchSize = try v.integer(in: 1...samples)
        }
        for problem in run.validationProblems() {
            throw (m[problem.field] ?? value).error(problem.message)
        }
        return run
    }

    /// The run's mapping, with a clear message for a hyperparameter of another optimizer.
    private func mapping(for kind: OptimizerKind, allowed: [String]) throws(SceneError) -> YAMLMapping {
        for (keyNode, _) in value.node.mapping! {
            guard let key = keyNode.scalar?.string, !allowed.contains(key) else { continue }
            let owners = OptimizerKind.allCases.filter { $0.parameters.contains { $0.name == key } }
            guard !owners.isEmpty, Suggestion.closest(to: key, among: allowed) == nil else { break }
            let field = YAMLValue(node: keyNode, file: value.file, path: "\(value.path).\(key)")
            let names = kind.parameters.map(\.name).joined(separator: ", ")
            let ownerNames = owners.map(\.rawValue).joined(separator: ", ")
            throw field.error("\(kind.rawValue) has no parameter `\(key)` (\(ownerNames) \(owners.count == 1 ? "has" : "have") it); \(kind.rawValue) takes \(names)")
        }
        return try value.mapping(allowed: allowed, context: kind.rawValue)
    }

    /// One hyperparameter's value(s), range-checked.
    static func hyperparameter(_ v: YAMLValue, spec: ParameterSpec) throws(SceneError) -> [Double] {
        switch spec.type {
        case .bool:
            return [try v.bool() ? 1 : 0]
        case .real:
            let x = try v.number()
            if let problem = spec.rangeViolation(x) { throw v.error("\(problem), got \(NumberFormat.plain(x))") }
            return [x]
        case .pair:
            let (a, b) = try v.pair()
            for x in [a, b] {
                if let problem = spec.rangeViolation(x) {
                    throw v.error("each \(problem), got \(NumberFormat.plain(x))")
                }
            }
            return [a, b]
        }
    }

    /// A point `[x, y]`, finite and within the coordinate limit.
    static func point(_ v: YAMLValue) throws(SceneError) -> Vec2 {
        let (x, y) = try v.pair()
        guard abs(x) <= SceneLimits.coordinate, abs(y) <= SceneLimits.coordinate else {
            throw v.error("must lie within ±\(NumberFormat.short(SceneLimits.coordinate)), "
                          + "got [\(NumberFormat.plain(x)), \(NumberFormat.plain(y))]")
        }
        return Vec2(x, y)
    }

    static func seed(_ v: YAMLValue) throws(SceneError) -> UInt64 {
        UInt64(try v.integer(in: 0...(1 << 53)))
    }
}
