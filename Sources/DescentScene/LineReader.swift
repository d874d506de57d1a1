import Descent

/// Reads `line:` of a network surface, a 1-D loss plot: `direction: interpolation` (from the
/// initial to the trained weights, the default) or `direction: random` with `normalization`
/// and `seed` as a random plane's; `accuracy: true` adds the accuracy under the loss.
struct LineReader {
    let value: YAMLValue
    let surface: YAMLMapping

    static let keys = ["direction", "normalization", "seed", "accuracy"]

    func read(_ spec: NetworkSpec) throws(SceneError) -> LineSpec {
        let m = try value.mapping(allowed: Self.keys, context: "line")
        if let plane = surface["plane"] {
            throw plane.error("a scene draws a network on a plane or along a line, not both: remove `plane` or `line`")
        }
        guard spec.model == .mlp else {
            throw value.error("a line runs through an MLP's weights; model `\(spec.model.rawValue)` is drawn whole as a surface")
        }
        let name = try m["direction"]?.choice(["interpolation", "random"], what: "direction") ?? "interpolation"
        var line: LineSpec
        if name == "interpolation" {
            for key in ["normalization", "seed"] where m[key] != nil {
                throw m[key]!.error("applies to a random direction; the interpolation runs from the initial to the trained weights")
            }
            if let own = spec.own, own.checkpoints.isEmpty {
                throw (m["direction"] ?? value).error("the interpolation runs from the first checkpoint (θ₀) to the trained weights: give `model.checkpoints`")
            }
            guard spec.own != nil || (spec.training?.steps ?? 0) > 0 else {
                throw (m["direction"] ?? value).error("the interpolation runs from the initial to the trained weights: give the network `train` with steps > 0")
            }
            line = LineSpec(direction: .interpolation)
        } else {
            let normalization = try m["normalization"].map { v throws(SceneError) in
                DirectionNormalization(rawValue: try v.choice(DirectionNormalization.allCases.map(\.rawValue), what: "normalization"))!
            } ?? .filter
            let seed = try m["seed"].map { v throws(SceneError) in try RunReader.seed(v) } ?? 1
            line = LineSpec(direction: .random(normalization: normalization, seed: seed))
        }
        if let v = m["accuracy"] {
            line.accuracy = try v.bool()
            if line.accuracy, spec.own.map({ $0.train.loss == .mse }) ?? (spec.data.classes == nil) {
                throw v.error("accuracy needs class labels, but the data are regression targets")
            }
        }
        return line
    }
}
