import Descent

/// Reads one entry of `runs:`: the optimizer, its hyperparameters, learning rate and options.
struct RunReader {
    let value: YAMLValue
    let defaults: RunDefaults

    static let commonKeys = ["optimizer", "label", "lr", "start", "steps", "clip_norm", "clip_value", "noise", "seed", "batch_size"]

    /// The run, or every independent problem of its fields.
    func read() throws(SceneError) -> Run {
        guard let raw = value.node.mapping else {
            throw value.error("must be a mapping with at least `optimizer`, got \(value.shown)")
        }
        guard let kindNode = raw["optimizer"] else { throw value.error("missing `optimizer`") }
        let kindValue = value.child(kindNode, key: "optimizer")
        let kind = OptimizerKind(rawValue: try kindValue.choice(OptimizerKind.allCases.map(\.rawValue), what: "optimizer"))!
        let specs = kind.parameters
        var problems = ProblemList()
        let m = try mapping(for: kind, allowed: Self.commonKeys + specs.map(\.name), problems: &problems)

        var optimizer = Optimizer(kind)
        var hyperparametersRead = true
        for spec in specs {
            guard let v = m[spec.name] else { continue }
            if let values = problems.attempt({ () throws(SceneError) in try Self.hyperparameter(v, spec: spec) }) {
                spec.set(&optimizer.hyperparameters, values)
            } else {
                hyperparametersRead = false
            }
        }
        if hyperparametersRead {
            for problem in optimizer.validationProblems() { problems.add((m[problem.field] ?? value).error(problem.message)) }
        }
        let lr = m["lr"].map { v in problems.attempt { () throws(SceneError) in try ScheduleReader(value: v).read() } }
            ?? .constant(kind.defaultLearningRate)
        let start = m["start"].map { v in problems.attempt { () throws(SceneError) in try Self.point(v) } } ?? defaults.start
        if m["start"] == nil && defaults.start == nil {
            problems.add(value.error("missing `start`; give it here or at the top of the scene"))
        }
        let label = problems.attempt { () throws(SceneError) in try m["label"]?.string() } ?? nil
        let steps = m["steps"].map { v in problems.attempt { () throws(SceneError) in try v.integer(in: SceneLimits.steps) } }
            ?? defaults.steps
        let seed = m["seed"].map { v in problems.attempt { () throws(SceneError) in try Self.seed(v) } } ?? defaults.seed
        var run = Run(label: label, optimizer: optimizer, lr: lr ?? .constant(kind.defaultLearningRate), start: start ?? Vec2(0, 0),
                      steps: steps ?? defaults.steps, seed: seed ?? defaults.seed)
        if let v = m["clip_norm"] { run.clipNorm = problems.attempt { () throws(SceneError) in try v.number("> 0") { $0 > 0 } } }
        if let v = m["clip_value"] { run.clipValue = problems.attempt { () throws(SceneError) in try v.number("> 0") { $0 > 0 } } }
        if let v = m["noise"] { run.noise = problems.attempt { () throws(SceneError) in try v.number(">= 0") { $0 >= 0 } } ?? 0 }
        if let v = m["batch_size"] {
            run.batchSize = problems.attempt { () throws(SceneError) in
                guard let samples = defaults.samples else { throw v.error("needs a network surface, whose loss is a mean over samples") }
                return try v.integer(in: 1...samples)
            }
        }
        try problems.check()
        for problem in run.validationProblems() { problems.add((m[problem.field] ?? value).error(problem.message)) }
        try problems.check()
        return run
    }

    /// The run's mapping, with a clear message for a hyperparameter of another optimizer
    /// (that key is then kept out of the generic "unknown key" message).
    private func mapping(for kind: OptimizerKind, allowed: [String], problems: inout ProblemList) throws(SceneError) -> YAMLMapping {
        var foreign: [String] = []
        for (keyNode, _) in value.node.mapping! {
            guard let key = keyNode.scalar?.string, !allowed.contains(key) else { continue }
            let owners = OptimizerKind.allCases.filter { $0.parameters.contains { $0.name == key } }
            guard !owners.isEmpty, Suggestion.closest(to: key, among: allowed) == nil else { continue }
            let field = YAMLValue(node: keyNode, file: value.file, path: "\(value.path).\(key)")
            let names = kind.parameters.map(\.name).joined(separator: ", ")
            let ownerNames = owners.map(\.rawValue).joined(separator: ", ")
            problems.add(field.error("\(kind.rawValue) has no parameter `\(key)` (\(ownerNames) \(owners.count == 1 ? "has" : "have") it); \(kind.rawValue) takes \(names)"))
            foreign.append(key)
        }
        return try value.mapping(allowed: allowed, context: kind.rawValue, reported: foreign, problems: &problems)
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
