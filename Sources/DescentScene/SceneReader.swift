import Descent

/// Reads the top level of a scene file: which surface, what view, which runs, what output.
struct SceneReader {
    let root: YAMLValue
    let defaultName: String

    func scene() throws(SceneError) -> Scene {
        guard root.node.mapping != nil else {
            throw root.error("must be a mapping with at least `surface` and `runs`, got \(root.shown)")
        }
        let top = try root.mapping(allowed: SceneLoader.topKeys)
        let title = try top["title"]?.string()
        let surfaceValue = try top.required("surface")
        let surface = try SurfaceReader(value: surfaceValue).read()
        let view = try ViewReader(value: top["view"], owner: root).read(for: surface)

        var defaults = RunDefaults()
        if let value = top["start"] { defaults.start = try RunReader.point(value) }
        else if case let .catalogue(entry, _) = surface { defaults.start = entry.suggestedStart }
        if let value = top["steps"] { defaults.steps = try value.integer(in: SceneLimits.steps) }
        if let value = top["seed"] { defaults.seed = try RunReader.seed(value) }

        if case let .landscape(source) = surface { defaults.samples = source.sampleCount }
        if case .landscape = surface, top["runs"] == nil {
            let output = try OutputReader(value: top["output"], defaultName: defaultName).read()
            return Scene(title: title, surface: surface, view: view, runs: [], output: output)
        }
        let runsValue = try top.required("runs")
        let items = try runsValue.sequence()
        guard SceneLimits.runs.contains(items.count) else {
            throw runsValue.error("must hold \(SceneLimits.runs.lowerBound) to \(SceneLimits.runs.upperBound) runs, got \(items.count)")
        }
        let runs = try items.map { item throws(SceneError) in try RunReader(value: item, defaults: defaults).read() }
        let totalSteps = runs.reduce(0) { $0 + $1.steps }
        guard totalSteps <= SceneLimits.totalSteps else {
            throw runsValue.error("asks for \(totalSteps) updates in all; the limit is \(SceneLimits.totalSteps)")
        }

        let output = try OutputReader(value: top["output"], defaultName: defaultName).read()
        let longest = runs.map(\.steps).max() ?? 1
        let animation = try top["animation"].map { v throws(SceneError) in try AnimationReader(value: v, steps: longest).read() }
        return Scene(title: title, surface: surface, view: view, runs: runs, output: output, animation: animation)
    }
}

/// Values the scene sets for every run, which a run may override.
struct RunDefaults {
    var start: Vec2?
    var steps = 100
    var seed: UInt64 = 0
    /// Samples of a network surface's loss, which a run's `batch_size` may not exceed; nil
    /// when the surface has none.
    var samples: Int?
}
