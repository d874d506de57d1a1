import Descent

/// Reads the top level of a scene file: which surface, what view, which runs, what output.
struct SceneReader {
    let root: YAMLValue
    let defaultName: String
    /// Parts the grid is computed in (see `SceneBudget.shards`).
    var shards = 1

    func scene() throws(SceneError) -> Scene {
        guard root.node.mapping != nil else {
            throw root.error("must be a mapping with at least `surface` and `runs`, got \(root.shown)")
        }
        let top = try root.mapping(allowed: SceneLoader.topKeys)
        let title = try top["title"]?.string()
        let surfaceValue = try top.required("surface")
        let surface = try SurfaceReader(value: surfaceValue, view: top["view"]).read()
        if case .landscape(.line) = surface { try Self.checkLine(top) }
        let view = try ViewReader(value: top["view"], owner: root).read(for: surface)

        var defaults = RunDefaults()
        if let value = top["start"] { defaults.start = try RunReader.point(value) }
        else if case let .catalogue(entry, _) = surface { defaults.start = entry.suggestedStart }
        if let value = top["steps"] { defaults.steps = try value.integer(in: SceneLimits.steps) }
        if let value = top["seed"] { defaults.seed = try RunReader.seed(value) }

        if case let .landscape(source) = surface { defaults.samples = source.sampleCount }
        if case .landscape = surface, top["runs"] == nil {
            let output = try OutputReader(value: top["output"], defaultName: defaultName).read()
            let scene = Scene(title: title, surface: surface, view: view, runs: [], output: output)
            try SceneBudget(top: top, scene: scene, shards: shards).check()
            return scene
        }
        let runsValue = try top.required("runs")
        if case let .landscape(.networks(specs)) = surface, specs[0].own != nil {
            // Runs are classified against the exact slice, whose Hessians over every sample are
            // still computed in Double (ModelSlice): minutes for a CNN.
            throw runsValue.error("runs are not yet drawn on a model read from files (their analysis needs the exact Hessian "
                                  + "over every sample, minutes for a CNN); draw its landscape without runs")
        }
        let items = try runsValue.sequence()
        guard SceneLimits.runs.contains(items.count) else {
            throw runsValue.error("must hold \(SceneLimits.runs.lowerBound) to \(SceneLimits.runs.upperBound) runs, got \(items.count)")
        }
        var runs = try items.map { item throws(SceneError) in try RunReader(value: item, defaults: defaults).read() }
        let output = try OutputReader(value: top["output"], defaultName: defaultName).read()
        var sweep: Sweep?
        if let value = top["sweep"] {
            (sweep, runs) = try SweepReader(value: value, templates: runs, output: output, hasCharts: top["charts"] != nil,
                                         samples: defaults.samples).read()
        }
        let totalSteps = runs.reduce(0) { $0 + $1.steps }
        guard totalSteps <= SceneLimits.totalSteps else {
            throw (top["sweep"] ?? runsValue).error("asks for \(totalSteps) updates in all; the limit is \(SceneLimits.totalSteps)")
        }
        let charts = try top["charts"].map { v throws(SceneError) in try Self.charts(v, sweep: sweep) } ?? []
        if case let .landscape(.networks(specs)) = surface, specs.count > 1 {
            let variants = "the network has \(specs.count) variants (one panel each); give one value of activation, init, skip and split"
            if let value = top["sweep"] { throw value.error("a sweep compares its values on one landscape, but \(variants)") }
            if let value = top["charts"] { throw value.error("charts compare the runs of one landscape, but \(variants)") }
        }

        let longest = runs.map(\.steps).max() ?? 1
        let animation = try top["animation"].map { v throws(SceneError) in try AnimationReader(value: v, steps: longest, view: view).read() }
        let scene = Scene(title: title, surface: surface, view: view, runs: runs, output: output, animation: animation,
                          sweep: sweep, charts: charts)
        try SceneBudget(top: top, scene: scene, shards: shards).check()
        return scene
    }
}

extension SceneReader {
    /// `charts: [loss, lr, grad_norm, distance]`: each once. Not with a curve (it is a chart
    /// already), nor with a grid of several runs per panel (one colour would stand for several
    /// panels).
    static func charts(_ value: YAMLValue, sweep: Sweep?) throws(SceneError) -> [ChartKind] {
        let items = try value.sequence()
        let names = ChartKind.allCases.map(\.rawValue)
        guard !items.isEmpty else { throw value.error("must list at least one of \(names.joined(separator: ", "))") }
        var charts: [ChartKind] = []
        for item in items {
            let chart = ChartKind(rawValue: try item.choice(names, what: "chart"))!
            guard !charts.contains(chart) else { throw item.error("lists `\(chart.rawValue)` twice") }
            charts.append(chart)
        }
        if let sweep, sweep.layout == .curve {
            throw value.error("a sweep drawn as a curve has no companion charts; leave out `charts` or use layout: grid or overlay")
        }
        if let sweep, sweep.layout == .grid, sweep.runsPerValue > 1 {
            throw value.error("with \(sweep.runsPerValue) runs in every panel of the grid the charts would mix panels; "
                              + "list one run or leave out `charts`")
        }
        return charts
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
