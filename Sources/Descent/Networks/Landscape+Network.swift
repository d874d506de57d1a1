extension Landscape {
    /// `spec`'s landscape: the exact surface, and with `grid` its `resolution`² grid over `box`
    /// (float32, all cores) as the drawn surface; without it the drawn surface is the exact one.
    /// MLPs come trained from `cache` (the plane of checkpoints trains a second run from the next
    /// initialization seed); `progress(done, total)` reports grid points as they are computed.
    public static func network(_ spec: NetworkSpec, box: ViewBox, resolution: Int, grid: Bool = true,
                               cache: TrainingCache = .shared,
                               progress: (@Sendable (Int, Int) -> Void)? = nil) -> Landscape {
        if let own = spec.own { return Self.own(own, spec: spec, box: box, resolution: resolution, grid: grid, progress: progress) }
        let quantity = spec.split == .validation ? "validation loss" : "loss"
        switch spec.model {
        case .neuron, .twoLayerScalar:
            let (train, validation) = spec.splitData()
            let data = spec.split == .train ? train : validation
            let s: any Surface = spec.model == .neuron
                ? SigmoidNeuron(xs: data.inputs, ys: data.targets, loss: spec.loss)
                : ScalarChain(xs: data.inputs, ys: data.targets, activation: spec.activation)
            let (x, y) = spec.model == .neuron ? ("w", "b") : ("w₁", "w₂")
            // Sampled on the grid like every computed surface: the figure then costs
            // resolution² evaluations, not one per pixel.
            let field = grid ? Field.sample(s, box: box, columns: resolution, rows: resolution) : nil
            return Landscape(title: spec.title, exact: s, drawn: field.map(SampledSurface.init) ?? s, field: field,
                             xLabel: x, yLabel: y, quantity: quantity, marks: [])
        case .mlp:
            let trained = cache.trained(spec)
            let (plane, paths) = Self.plane(spec, trained: trained, cache: cache)
            let lossData = trained.data(spec.split)
            let exact = NetworkSlice(network: trained.network, plane: plane, data: lossData, regularization: spec.regularization)
            guard grid else {
                return Landscape(title: spec.title, exact: exact, drawn: exact, xLabel: plane.xLabel, yLabel: plane.yLabel,
                                 quantity: quantity, paths: paths, marks: [.zero])
            }
            let evaluator = GridEvaluator(network: trained.network, data: lossData, regularization: spec.regularization)
            let total = resolution * resolution
            let field = evaluator.field(plane, box: box, columns: resolution, rows: resolution,
                                        progress: progress.map { report in { @Sendable done in report(done, total) } })
            return Landscape(title: spec.title, exact: exact, drawn: SampledSurface(field), field: field,
                             xLabel: plane.xLabel, yLabel: plane.yLabel, quantity: quantity, paths: paths, marks: [.zero])
        }
    }

    /// The plane `spec` slices its trained MLP on, named, with the training paths it shows.
    static func plane(_ spec: NetworkSpec, trained: TrainedNetwork, cache: TrainingCache) -> (Plane, [ProjectedPath]) {
        let network = trained.network, thetaStar = trained.final
        switch spec.plane {
        case let .random(normalization, seed):
            var random = NoiseGenerator(seed: seed)
            let d1 = Directions.random(network, reference: thetaStar, normalization: normalization, random: &random)
            let d2 = Directions.random(network, reference: thetaStar, normalization: normalization, random: &random)
            let how = normalization == .none ? "" : ", \(normalization.rawValue)-normalized"
            return (Plane(origin: thetaStar, u: d1, v: d2,
                          xLabel: "α (random direction\(how))", yLabel: "β (random direction\(how))"), [])
        case .pca:
            let path = trained.path!
            let points = Self.thinned(Array(path.points[..<path.finalIndex]), limit: 1000)
            let pca = PathPCA(points: points, final: thetaStar)
            let plane = Plane(origin: thetaStar, u: pca.first, v: pca.second,
                              xLabel: "PC1 (\(Self.percent(pca.explained.0)) of variance)",
                              yLabel: "PC2 (\(Self.percent(pca.explained.1)) of variance)")
            return (plane, [Self.projected(path, on: plane, spec: spec, label: "training path")])
        case .checkpoints:
            let second = cache.trained(spec, initSeed: spec.initSeed &+ 1)
            let plane = Plane(origin: thetaStar, u: zip(trained.initial, thetaStar).map { $0 - $1 },
                              v: zip(second.final, thetaStar).map { $0 - $1 },
                              xLabel: "α (toward the initial weights)", yLabel: "β (toward a second run's final weights)")
            return (plane, [Self.projected(trained.path!, on: plane, spec: spec, label: "run 1 (init seed \(spec.initSeed))"),
                            Self.projected(second.path!, on: plane, spec: spec, label: "run 2 (init seed \(spec.initSeed &+ 1))")])
        }
    }

    /// `93.0 %`.
    static func percent(_ fraction: Double) -> String {
        let p = (fraction * 1000).rounded() / 10
        return "\(p) %"
    }

    /// At most `limit` points, evenly spaced, first and last kept.
    static func thinned(_ points: [[Double]], limit: Int) -> [[Double]] {
        guard points.count > limit else { return points }
        return (0..<limit).map { points[$0 * (points.count - 1) / (limit - 1)] }
    }

    static func projected(_ path: TrainingPath, on plane: Plane, spec: NetworkSpec, label: String) -> ProjectedPath {
        let points = path.points[...path.finalIndex].map { plane.coordinates(of: $0) }
        var outcome = "train loss \(NumberFormat.short(path.trainLosses[path.finalIndex]))"
        if spec.validation > 0 { outcome += ", validation \(NumberFormat.short(path.validationLosses[path.finalIndex]))" }
        if let k = path.stoppedEarly { outcome += ", stopped early at step \(k)" }
        return ProjectedPath(label: label, settings: spec.training!.summary, outcome: outcome, points: points)
    }
}
