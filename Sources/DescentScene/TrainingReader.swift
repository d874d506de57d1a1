import Descent

/// Reads `train:` of a network: the optimizer (any of `runs`' optimizers, with its
/// hyperparameters), `lr` (a number or a schedule), `steps`, `batch_size`, `seed`,
/// `patience` (early stopping), `dropout` and gradient clipping (`clip_value`, `clip_norm`).
struct TrainingReader {
    let value: YAMLValue

    static let keys = ["optimizer", "lr", "steps", "batch_size", "seed", "patience", "dropout", "clip_value", "clip_norm"]

    func read() throws(SceneError) -> TrainingSpec {
        guard let raw = value.node.mapping, let kindNode = raw["optimizer"] else {
            throw value.error("needs at least `optimizer` (and usually `lr`, `steps`)")
        }
        let kind = OptimizerKind(rawValue: try value.child(kindNode, key: "optimizer")
            .choice(OptimizerKind.allCases.map(\.rawValue), what: "optimizer"))!
        let m = try value.mapping(allowed: Self.keys + kind.parameters.map(\.name), context: kind.rawValue)
        var optimizer = Optimizer(kind)
        for spec in kind.parameters {
            guard let v = m[spec.name] else { continue }
            spec.set(&optimizer.hyperparameters, try RunReader.hyperparameter(v, spec: spec))
        }
        for problem in optimizer.validationProblems() { throw (m[problem.field] ?? value).error(problem.message) }
        let lr = try m["lr"].map { v throws(SceneError) in try ScheduleReader(value: v).read() } ?? .constant(kind.defaultLearningRate)
        return TrainingSpec(
            optimizer: optimizer, lr: lr,
            steps: try m["steps"]?.integer(in: 0...SceneLimits.steps.upperBound) ?? 100,
            batchSize: try m["batch_size"]?.integer(in: 1...SceneLimits.samples.upperBound),
            seed: try m["seed"].map { v throws(SceneError) in try RunReader.seed(v) } ?? 0,
            patience: try m["patience"]?.integer(in: 1...SceneLimits.steps.upperBound),
            dropout: try m["dropout"]?.number("in [0, 1)") { $0 >= 0 && $0 < 1 } ?? 0,
            clipValue: try m["clip_value"]?.number("> 0") { $0 > 0 },
            clipNorm: try m["clip_norm"]?.number("> 0") { $0 > 0 })
    }
}
