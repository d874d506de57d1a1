import Synchronization

/// What a resolved scene is computing when it reports progress.
public enum ResolveStage: Sendable, Equatable {
    /// Training networks (done and total count updates over every network trained).
    case training
    /// Evaluating grids (done and total count grid points over every panel).
    case grid
}

/// Progress of a resolved scene's work: the stage, and how much of it is done of how much.
public typealias ResolveProgress = @Sendable (_ stage: ResolveStage, _ done: Int, _ total: Int) -> Void

/// A scene resolved: the one stage between reading a scene and writing any output. It turns a
/// `Scene` into what every command needs (the landscapes of its panel variants, the runs
/// simulated and classified on each, a loss line's profile, grid rows), each computed on first
/// use and kept, so `render`, `animate`, `mesh`, `trace`, `grid` and `serve` see the same
/// surfaces, runs and outcomes. Networks are trained through a `TrainingCache` (once per
/// variant for the process), a visible stage of `progress`.
public final class ResolvedScene: Sendable {
    /// The scene resolved.
    public let scene: Scene
    let cache: TrainingCache
    private let progress: ResolveProgress?
    private let kept = Mutex<Kept>(Kept())

    private struct Kept: Sendable {
        var landscapes: [Landscape]?
        var analyses: [SceneAnalysis]?
        var profile: LossProfile?
    }

    /// `scene`, to be resolved on demand; networks come from `cache`, work is reported to
    /// `progress`.
    public init(_ scene: Scene, cache: TrainingCache = .shared, progress: ResolveProgress? = nil) {
        self.scene = scene
        self.cache = cache
        self.progress = progress
    }

    /// `scene` resolved with the landscapes (or loss line) of `other`, whose scene has the
    /// same surface and view: a scene that differs only in its runs, sweep, charts, title or
    /// output. Nothing is trained or sampled again; the runs are simulated anew.
    public init(_ scene: Scene, sharingLandscapesOf other: ResolvedScene) {
        self.scene = scene
        cache = other.cache
        progress = other.progress
        if other.isLine {
            let profile = other.profile
            kept.withLock { $0.profile = profile }
        } else {
            let landscapes = other.landscapes
            kept.withLock { $0.landscapes = landscapes }
        }
    }

    /// True for a loss line (`line:`): a profile, not landscapes.
    public var isLine: Bool { scene.surface.isLine }

    /// The landscape of each panel variant, in order (one unless a network scene compares
    /// variants), with its grid sampled at the view's resolution where the surface is computed.
    public var landscapes: [Landscape] {
        precondition(!isLine, "a loss line has a profile, not landscapes")
        if let kept = kept.withLock({ $0.landscapes }) { return kept }
        let built = buildLandscapes()
        kept.withLock { $0.landscapes = built }
        return built
    }

    /// The runs simulated, surveyed and classified on each landscape, in the same order.
    public var analyses: [SceneAnalysis] {
        if let kept = kept.withLock({ $0.analyses }) { return kept }
        let built = landscapes.map { SceneAnalysis(scene, landscape: $0) }
        kept.withLock { $0.analyses = built }
        return built
    }

    /// A loss line's curves: each variant's loss (and accuracy) along the line.
    public var profile: LossProfile {
        guard case let .landscape(.line(specs, line)) = scene.surface else { preconditionFailure("not a loss line") }
        if let kept = kept.withLock({ $0.profile }) { return kept }
        trainAll(specs)
        let built = LossProfile.build(specs, line: line, range: scene.view.box.x, count: scene.view.resolution, cache: cache)
        kept.withLock { $0.profile = built }
        return built
    }

    /// Rows of each landscape's grid: the view's resolution, or a grid file's own rows.
    public var gridRows: Int {
        if case let .landscape(.grid(grid)) = scene.surface { grid.field.rows } else { scene.view.resolution }
    }

    /// Rows `band` of every landscape's grid, exactly the values those rows of the whole grid
    /// hold, computed alone (a shard of `descent grid`): networks train whole, then evaluate
    /// only the band.
    public func gridBands(rows band: Range<Int>) -> [GridBand] {
        let n = scene.view.resolution, box = scene.view.box
        switch scene.surface {
        case .catalogue, .formula:
            let values = Field.sample(scene.surface.analyticSurface!, box: box, columns: n, rows: n, band: band)
            return [GridBand(box: box, columns: n, rows: n, band: band, values: values)]
        case let .landscape(.grid(grid)):
            return [GridBand(grid.field, band: band)]
        case .landscape(.line):
            preconditionFailure("a loss line has no 2-D grid")
        case let .landscape(.networks(specs)):
            trainAll(specs)
            let perPanel = n * band.count, total = specs.count * perPanel
            return specs.enumerated().map { index, spec in
                let exact = Landscape.network(spec, box: box, resolution: n, grid: false, cache: cache).exact
                let report = progress.map { report in { @Sendable (done: Int) in report(.grid, index * perPanel + done, total) } }
                let values: [Double] = if let slice = exact as? ModelSlice {
                    slice.evaluator.values(slice.plane, box: box, columns: n, rows: n, band: band, progress: report)
                } else if let slice = exact as? NetworkSlice {
                    GridEvaluator(network: slice.network, data: slice.data, regularization: slice.regularization)
                        .values(slice.plane, box: box, columns: n, rows: n, band: band, progress: report)
                } else {
                    Field.sample(exact, box: box, columns: n, rows: n, band: band)
                }
                return GridBand(box: box, columns: n, rows: n, band: band, values: values)
            }
        }
    }

    private func buildLandscapes() -> [Landscape] {
        let box = scene.view.box, n = scene.view.resolution
        switch scene.surface {
        case .catalogue, .formula:
            return [Landscape(analytic: scene.surface.analyticSurface!)]
        case let .landscape(.grid(grid)):
            let s = SampledSurface(grid.field)
            return [Landscape(exact: s, drawn: s, field: grid.field, xLabel: "α", yLabel: "β", quantity: grid.quantity, marks: [])]
        case .landscape(.line):
            preconditionFailure("a loss line has a profile, not landscapes")
        case let .landscape(.networks(specs)):
            trainAll(specs)
            let total = specs.count * n * n
            return specs.enumerated().map { index, spec in
                Landscape.network(spec, box: box, resolution: n, cache: cache, progress: progress.map { report in
                    { @Sendable done, _ in report(.grid, index * n * n + done, total) }
                })
            }
        }
    }

    /// Trains every network `specs` need, up front, so training is its own reported stage.
    func trainAll(_ specs: [NetworkSpec]) {
        let trainings = Self.trainings(specs)
        let total = trainings.reduce(0) { $0 + $1.spec.training!.steps }
        var done = 0
        for training in trainings {
            _ = cache.trained(training.spec, initSeed: training.initSeed, progress: progress.map { report in
                { [done] step, _ in report(.training, done + step, total) }
            })
            done += training.spec.training!.steps
        }
    }
}
