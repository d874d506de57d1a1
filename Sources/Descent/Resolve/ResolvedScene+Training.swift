/// One training a scene's networks need: a variant's spec, the seed of its initialization and
/// its name in logs and charts.
struct SceneTraining {
    let spec: NetworkSpec
    let initSeed: UInt64
    let label: String
}

extension ResolvedScene {
    /// The networks' trainings of `specs`, each once: variants that differ only in their split
    /// share one; the plane of checkpoints trains a second run from the next seed.
    static func trainings(_ specs: [NetworkSpec]) -> [SceneTraining] {
        var variants: [(key: TrainingKey, spec: NetworkSpec)] = []
        for spec in specs where spec.model == .mlp && spec.training != nil {
            let key = TrainingKey(spec, initSeed: spec.initSeed)
            if !variants.contains(where: { $0.key == key }) { variants.append((key, spec)) }
        }
        return variants.flatMap { _, spec in
            let seeds = spec.plane == .checkpoints ? [spec.initSeed, spec.initSeed &+ 1] : [spec.initSeed]
            return seeds.enumerated().map { run, seed in
                let variant = variants.count > 1 ? spec.title : nil
                let name = seeds.count > 1 ? "run \(run + 1) (init seed \(seed))" : nil
                let label = [variant, name].compactMap { $0 }.joined(separator: ": ")
                return SceneTraining(spec: spec, initSeed: seed, label: label.isEmpty ? "training" : label)
            }
        }
    }

    /// The log of every training of the scene's networks, in panel order: what
    /// `descent trace --training` writes. Empty for surfaces without a trained network.
    public var trainingLogs: [TrainingLog] {
        let specs: [NetworkSpec]
        switch scene.surface {
        case let .landscape(.networks(s)), let .landscape(.line(s, _)): specs = s
        default: return []
        }
        trainAll(specs)
        return Self.trainings(specs).compactMap { training in
            TrainingLog(cache.trained(training.spec, initSeed: training.initSeed), label: training.label,
                        classes: training.spec.data.classes != nil)
        }
    }
}
