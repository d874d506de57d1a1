import Descent

/// Reads the top level of a scene file: which surface, what view, which runs, what output.
struct SceneReader {
    let root: YAMLValue
    let defaultName: String
    /// Parts the grid is computed in (see `SceneBudget.shards`).
    var shards = 1

    /// The scene, or every independent problem of the file: each block, and each run, is read
    /// on its own; a part that depends on one that failed (the view on the surface, a sweep on
    /// its runs) is not read, so no problem is reported twice.
    func scene() throws(SceneError) -> Scene {
        guard root.node.mapping != nil else {
            throw root.error("must be a mapping with at least `surface` and `runs`, got \(root.shown)")
        }
        var problems = ProblemList()
        let top = try root.mapping(allowed: SceneLoader.topKeys, problems: &problems)
        let title = problems.attempt { () throws(SceneError) in try top["title"]?.string() } ?? nil
        let surface = problems.attempt { () throws(SceneError) in
            try SurfaceReader(value: try top.required("surface"), view: top["view"]).read()
        }
        if case .landscape(.line) = surface { Self.checkLine(top, problems: &problems) }
        let view = surface.flatMap { surface in
            problems.attempt { () throws(SceneError) in try ViewReader(value: top["view"], owner: root).read(for: surface) }
        }
        let defaults = Self.runDefaults(top, surface: surface, problems: &problems)
        let output = problems.attempt { () throws(SceneError) in try OutputReader(value: top["output"], defaultName: defaultName).read() }

        // A network or grid may have no runs (and a line must not: `checkLine` said why); when
        // the surface could not be read, whether runs were needed is unknown.
        if surface?.isLine == true || (surface?.isComputed != false && top["runs"] == nil) {
            if surface?.isLine == false { Self.checkNoRuns(top, problems: &problems) }
            try problems.check()
            let scene = Scene(title: title, surface: surface!, view: view!, runs: [], output: output!)
            try SceneBudget(top: top, scene: scene, shards: shards).check()
            return scene
        }
        if case let .landscape(.networks(specs)) = surface, specs[0].own != nil, let value = top["runs"] {
            // Runs are classified against the exact slice, whose Hessians over every sample are
            // still computed in Double (ModelSlice): minutes for a CNN.
            problems.add(value.error("runs are not yet drawn on a model read from files (their analysis needs the exact Hessian "
                                     + "over every sample, minutes for a CNN); draw its landscape without runs"))
        }
        let read = Self.runs(top, defaults: defaults, problems: &problems)
        var runs = read?.runs ?? []
        var sweep: Sweep?
        if let value = top["sweep"], let read, read.complete, let output {
            if let (s, expanded) = problems.attempt({ () throws(SceneError) in
                try SweepReader(value: value, templates: runs, output: output, hasCharts: top["charts"] != nil,
                                samples: defaults.samples).read()
            }) {
                (sweep, runs) = (s, expanded)
            }
        }
        let runsReady = read?.complete == true && (top["sweep"] == nil || sweep != nil)
        if runsReady {
            let totalSteps = runs.reduce(0) { $0 + $1.steps }
            if totalSteps > SceneLimits.totalSteps {
                problems.add((top["sweep"] ?? read!.value).error("asks for \(totalSteps) updates in all; the limit is \(SceneLimits.totalSteps)"))
            }
        }
        let charts = top["charts"].flatMap { v in
            top["sweep"] == nil || sweep != nil ? problems.attempt { () throws(SceneError) in try Self.charts(v, sweep: sweep) } : nil
        } ?? []
        if case let .landscape(.networks(specs)) = surface, specs.count > 1 {
            let variants = "the network has \(specs.count) variants (one panel each); give one value of activation, init, skip and split"
            if let value = top["sweep"] { problems.add(value.error("a sweep compares its values on one landscape, but \(variants)")) }
            if let value = top["charts"] { problems.add(value.error("charts compare the runs of one landscape, but \(variants)")) }
        }
        let animation = top["animation"].flatMap { v in
            runsReady ? view.flatMap { view in
                problems.attempt { () throws(SceneError) in
                    try AnimationReader(value: v, steps: runs.map(\.steps).max() ?? 1, view: view).read()
                }
            } : nil
        }
        try problems.check()
        let scene = Scene(title: title, surface: surface!, view: view!, runs: runs, output: output!, animation: animation,
                          sweep: sweep, charts: charts)
        try SceneBudget(top: top, scene: scene, shards: shards).check()
        return scene
    }

    /// `start`, `steps` and `seed` at the top of the scene, which runs inherit. A value that
    /// cannot be read is reported and replaced, so runs relying on it are still read for
    /// their own problems.
    private static func runDefaults(_ top: YAMLMapping, surface: SurfaceChoice?, problems: inout ProblemList) -> RunDefaults {
        var defaults = RunDefaults()
        if let value = top["start"] {
            defaults.start = problems.attempt { () throws(SceneError) in try RunReader.point(value) } ?? Vec2(0, 0)
        } else if case let .catalogue(entry, _) = surface {
            defaults.start = entry.suggestedStart
        } else if surface == nil {
            defaults.start = Vec2(0, 0)
        }
        if let value = top["steps"] {
            defaults.steps = problems.attempt { () throws(SceneError) in try value.integer(in: SceneLimits.steps) } ?? defaults.steps
        }
        if let value = top["seed"] {
            defaults.seed = problems.attempt { () throws(SceneError) in try RunReader.seed(value) } ?? defaults.seed
        }
        switch surface {
        case let .landscape(source): defaults.samples = source.sampleCount
        case nil: defaults.samples = SceneLimits.samples.upperBound  // unknown: the surface's own problem is reported
        default: break
        }
        return defaults
    }

    /// Every run of `runs:`, each read on its own; `complete` is false when some failed.
    private static func runs(_ top: YAMLMapping, defaults: RunDefaults,
                             problems: inout ProblemList) -> (runs: [Run], complete: Bool, value: YAMLValue)? {
        guard let value = problems.attempt({ () throws(SceneError) in try top.required("runs") }),
              let items = problems.attempt({ () throws(SceneError) in try value.sequence() })
        else { return nil }
        guard SceneLimits.runs.contains(items.count) else {
            problems.add(value.error("must hold \(SceneLimits.runs.lowerBound) to \(SceneLimits.runs.upperBound) runs, got \(items.count)"))
            return nil
        }
        let runs = items.compactMap { item in
            problems.attempt { () throws(SceneError) in try RunReader(value: item, defaults: defaults).read() }
        }
        return (runs, runs.count == items.count, value)
    }

    /// A computed surface without runs draws its landscape alone: keys that act on runs are
    /// refused, each with a line saying why.
    private static func checkNoRuns(_ top: YAMLMapping, problems: inout ProblemList) {
        if let value = top["sweep"] {
            problems.add(value.error("a sweep varies the settings of runs, and this scene has none; add `runs:`"))
        }
        if let value = top["charts"] {
            problems.add(value.error("companion charts follow runs, and this scene has none; add `runs:`"))
        }
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
