extension OwnModel {
    /// The plane `spec` names through θ*: two filter-normalized random directions (Li et al.
    /// 2018), the top two PCA directions of the checkpoints (Li et al., section 7), or the plane
    /// through the first and middle checkpoints and θ* (normally the last: Garipov et al. 2018),
    /// with α = 1 at the first and β = 1 at the middle one.
    public func plane(_ spec: PlaneSpec) -> Plane {
        let star = weights.theta
        switch spec {
        case let .random(normalization, seed):
            var random = NoiseGenerator(seed: seed)
            let d1 = Directions.random(slots: plan.parameterSlots, reference: star, normalization: normalization, random: &random)
            let d2 = Directions.random(slots: plan.parameterSlots, reference: star, normalization: normalization, random: &random)
            let how = normalization == .none ? "" : ", \(normalization.rawValue)-normalized"
            return Plane(origin: star, u: d1, v: d2, xLabel: "α (random direction\(how))", yLabel: "β (random direction\(how))")
        case .pca:
            let pca = PathPCA(points: Landscape.thinned(checkpoints, limit: 1000), final: star)
            return Plane(origin: star, u: pca.first, v: pca.second,
                         xLabel: "PC1 (\(Landscape.percent(pca.explained.0)) of variance)",
                         yLabel: "PC2 (\(Landscape.percent(pca.explained.1)) of variance)")
        case .checkpoints:
            let middle = checkpoints.count / 2
            return Plane(origin: star, u: zip(checkpoints[0], star).map { $0 - $1 }, v: zip(checkpoints[middle], star).map { $0 - $1 },
                         xLabel: "α (toward checkpoint 1, θ₀)", yLabel: "β (toward checkpoint \(middle + 1) of \(checkpoints.count))")
        }
    }

    /// The line `direction` names: from the first checkpoint (θ₀) to θ*, or through θ* along a
    /// random direction normalized as a random plane's first (the same seed gives that axis).
    public func line(_ direction: LineDirection) -> ParameterLine {
        switch direction {
        case .interpolation:
            return ParameterLine(from: checkpoints[0], to: weights.theta)
        case let .random(normalization, seed):
            var random = NoiseGenerator(seed: seed)
            return ParameterLine(origin: weights.theta, direction: Directions.random(
                slots: plan.parameterSlots, reference: weights.theta, normalization: normalization, random: &random))
        }
    }

    /// The checkpoints and θ* projected on `plane`, with the losses at θ* for the legend.
    public func projectedPath(on plane: Plane) -> ProjectedPath {
        var outcome = "train loss \(NumberFormat.short(evaluator(.train).loss(weights.theta.map(Float.init))))"
        if validation != nil {
            outcome += ", validation \(NumberFormat.short(evaluator(.validation).loss(weights.theta.map(Float.init))))"
        }
        // θ* ends the path, unless the last checkpoint already is θ*.
        let ends = checkpoints.last == weights.theta
        return ProjectedPath(label: "training path", settings: "\(checkpoints.count) checkpoints" + (ends ? "" : ", then θ*"), outcome: outcome,
                             points: (checkpoints + (ends ? [] : [weights.theta])).map { plane.coordinates(of: $0) })
    }
}

extension Landscape {
    /// The landscape of a user's model as `spec` asks: its plane, the exact slice for runs, the
    /// grid of the drawn split (when `grid`), the checkpoint path on PCA and checkpoint planes,
    /// θ* marked.
    static func own(_ own: OwnModel, spec: NetworkSpec, box: ViewBox, resolution: Int, grid: Bool,
                    progress: (@Sendable (Int, Int) -> Void)?) -> Landscape {
        let quantity = spec.split == .validation ? "validation loss" : "loss"
        let plane = own.plane(spec.plane)
        let paths = spec.plane == .pca || spec.plane == .checkpoints ? [own.projectedPath(on: plane)] : []
        let evaluator = own.evaluator(spec.split)
        let exact = ModelSlice(evaluator: evaluator, reference: own.reference(spec.split), plane: plane)
        guard grid else {
            return Landscape(title: spec.title, exact: exact, drawn: exact, xLabel: plane.xLabel, yLabel: plane.yLabel,
                             quantity: quantity, paths: paths, marks: [.zero])
        }
        let total = resolution * resolution
        let values = evaluator.values(plane, box: box, columns: resolution, rows: resolution, band: 0..<resolution,
                                      progress: progress.map { report in { @Sendable done in report(done, total) } })
        let field = Field(box: box, columns: resolution, rows: resolution, values: values)
        return Landscape(title: spec.title, exact: exact, drawn: SampledSurface(field), field: field,
                         xLabel: plane.xLabel, yLabel: plane.yLabel, quantity: quantity, paths: paths, marks: [.zero])
    }
}
