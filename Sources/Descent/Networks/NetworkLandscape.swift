/// A training path drawn on a plane: its points in plane coordinates and legend text.
public struct ProjectedPath: Sendable {
    /// Legend name: `training path`, `run 1 (init seed 0)`.
    public var label: String
    /// The training settings, as `TrainingSpec.summary`.
    public var settings: String
    /// Final losses, and where early stopping ended training if it did.
    public var outcome: String
    /// Points in the plane's (α, β) coordinates, up to the parameters kept.
    public var points: [Vec2]
}

/// One network landscape, built: the exact surface runs take, the surface drawn (the fast grid,
/// interpolated, or the exact surface when it is cheap), axis names and projected paths.
public struct NetworkLandscape: Sendable {
    /// Panel title when a scene compares variants.
    public var title: String?
    /// Exact loss (value, gradient, Hessian), with mini-batch gradients for MLP slices.
    public var exact: any Surface
    /// What the figure paints.
    public var drawn: any Surface
    /// The grid the drawn surface interpolates, when there is one.
    public var field: Field?
    /// Name of the horizontal axis: `α (random direction, filter-normalized)`, `PC1 (93.0 % of variance)`.
    public var xLabel: String
    /// Name of the vertical axis.
    public var yLabel: String
    /// Training paths, projected on the plane.
    public var paths: [ProjectedPath]
    /// Points marked with a star: the trained weights θ* at the origin of an MLP's plane.
    public var marks: [Vec2] = []

    /// Builds `spec`'s landscape; the grid covers `box` with `resolution`² points.
    /// `progress(done, total)` reports grid points as they are computed.
    /// Without `grid`, only the exact surface is made (drawn is the exact surface too).
    public static func build(_ spec: NetworkSpec, box: ViewBox, resolution: Int, grid: Bool = true,
                             progress: (@Sendable (Int, Int) -> Void)? = nil) -> NetworkLandscape {
        if let own = spec.own { return build(own: own, spec: spec, box: box, resolution: resolution, grid: grid, progress: progress) }
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
            return NetworkLandscape(title: spec.title, exact: s, drawn: field.map(SampledSurface.init) ?? s, field: field,
                                    xLabel: x, yLabel: y, paths: [])
        case .mlp:
            let trained = TrainedNetwork(spec)
            let network = trained.network, initial = trained.initial, path = trained.path, thetaStar = trained.final
            var paths: [ProjectedPath] = []
            let plane: Plane
            switch spec.plane {
            case let .random(normalization, seed):
                var random = NoiseGenerator(seed: seed)
                let d1 = Directions.random(network, reference: thetaStar, normalization: normalization, random: &random)
                let d2 = Directions.random(network, reference: thetaStar, normalization: normalization, random: &random)
                let how = normalization == .none ? "" : ", \(normalization.rawValue)-normalized"
                plane = Plane(origin: thetaStar, u: d1, v: d2,
                              xLabel: "α (random direction\(how))", yLabel: "β (random direction\(how))")
            case .pca:
                let points = Self.thinned(Array(path!.points[..<path!.finalIndex]), limit: 1000)
                let pca = PathPCA(points: points, final: thetaStar)
                plane = Plane(origin: thetaStar, u: pca.first, v: pca.second,
                              xLabel: "PC1 (\(Self.percent(pca.explained.0)) of variance)",
                              yLabel: "PC2 (\(Self.percent(pca.explained.1)) of variance)")
                paths.append(Self.projected(path!, on: plane, spec: spec, label: "training path"))
            case .checkpoints:
                let second = Trainer.train(network, from: spec.initialization.parameters(for: network, seed: spec.initSeed &+ 1),
                                           train: trained.train, validation: trained.validation,
                                           regularization: spec.regularization, spec: spec.training!)
                plane = Plane(origin: thetaStar, u: zip(initial, thetaStar).map { $0 - $1 },
                              v: zip(second.final, thetaStar).map { $0 - $1 },
                              xLabel: "α (toward the initial weights)", yLabel: "β (toward a second run's final weights)")
                paths.append(Self.projected(path!, on: plane, spec: spec, label: "run 1 (init seed \(spec.initSeed))"))
                paths.append(Self.projected(second, on: plane, spec: spec, label: "run 2 (init seed \(spec.initSeed &+ 1))"))
            }
            let lossData = trained.data(spec.split)
            let exact = NetworkSlice(network: network, plane: plane, data: lossData, regularization: spec.regularization)
            guard grid else {
                return NetworkLandscape(title: spec.title, exact: exact, drawn: exact, field: nil,
                                        xLabel: plane.xLabel, yLabel: plane.yLabel, paths: paths)
            }
            let evaluator = GridEvaluator(network: network, data: lossData, regularization: spec.regularization)
            let total = resolution * resolution
            let field = evaluator.field(plane, box: box, columns: resolution, rows: resolution,
                                        progress: progress.map { report in { @Sendable done in report(done, total) } })
            return NetworkLandscape(title: spec.title, exact: exact, drawn: SampledSurface(field), field: field,
                                    xLabel: plane.xLabel, yLabel: plane.yLabel, paths: paths, marks: [.zero])
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
