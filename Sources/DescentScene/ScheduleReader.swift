import Descent

/// Reads `lr:`: a number, or one Keras schedule as `{name: {parameters}}`.
struct ScheduleReader {
    let value: YAMLValue

    func read() throws(SceneError) -> Schedule {
        if value.scalarText != nil {
            return .constant(try value.number("> 0") { $0 > 0 })
        }
        guard let raw = value.node.mapping else {
            throw value.error("must be a number or a schedule such as {exponential_decay: {...}}, got \(value.shown)")
        }
        let names = Schedule.catalogue.map(\.name).filter { $0 != "constant" }
        for (keyNode, _) in raw where !names.contains(keyNode.scalar?.string ?? "") {
            _ = try YAMLValue(node: keyNode, file: value.file, path: value.path).choice(names, what: "schedule")
        }
        let outer = try value.mapping(allowed: names)
        guard outer.entries.count == 1, let (name, body) = outer.entries.first else {
            throw value.error("must be a number or one schedule, e.g. {exponential_decay: {...}}; got \(outer.entries.count) schedules")
        }
        let entry = Schedule.catalogue.first { $0.name == name }!
        let m = try body.mapping(allowed: entry.parameters.map(\.name), context: name)
        let schedule = try build(name, m)
        for problem in schedule.validationProblems() {
            throw (m[problem.field] ?? body).error(problem.message)
        }
        return schedule
    }

    private func build(_ name: String, _ m: YAMLMapping) throws(SceneError) -> Schedule {
        func number(_ key: String, _ fallback: Double? = nil) throws(SceneError) -> Double {
            guard let v = m[key] else {
                guard let fallback else { throw m.owner.error("missing `\(key)`") }
                return fallback
            }
            return try v.number()
        }
        func steps(_ key: String, _ fallback: Int? = nil) throws(SceneError) -> Int {
            guard let v = m[key] else {
                guard let fallback else { throw m.owner.error("missing `\(key)`") }
                return fallback
            }
            return try v.integer(in: 0...1_000_000_000)
        }
        func flag(_ key: String) throws(SceneError) -> Bool { try m[key]?.bool() ?? false }

        switch name {
        case "piecewise_constant_decay":
            let boundaries = try m.required("boundaries").sequence().map { v throws(SceneError) in
                try v.integer(in: 0...1_000_000_000)
            }
            let values = try m.required("values").sequence().map { v throws(SceneError) in try v.number() }
            return .piecewiseConstantDecay(boundaries: boundaries, values: values)
        case "exponential_decay":
            return .exponentialDecay(initialLearningRate: try number("initial_learning_rate"),
                                     decaySteps: try steps("decay_steps"), decayRate: try number("decay_rate"),
                                     staircase: try flag("staircase"))
        case "polynomial_decay":
            return .polynomialDecay(initialLearningRate: try number("initial_learning_rate"),
                                    decaySteps: try steps("decay_steps"),
                                    endLearningRate: try number("end_learning_rate", 0.0001),
                                    power: try number("power", 1), cycle: try flag("cycle"))
        case "inverse_time_decay":
            return .inverseTimeDecay(initialLearningRate: try number("initial_learning_rate"),
                                     decaySteps: try steps("decay_steps"), decayRate: try number("decay_rate"),
                                     staircase: try flag("staircase"))
        default:
            return .cosineDecay(initialLearningRate: try number("initial_learning_rate"),
                                decaySteps: try steps("decay_steps"), alpha: try number("alpha", 0),
                                warmupTarget: try m["warmup_target"]?.number(), warmupSteps: try steps("warmup_steps", 0))
        }
    }
}
