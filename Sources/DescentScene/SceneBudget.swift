import Descent
import Foundation

/// Limits on work and memory that depend on more than one block of a scene (the output size
/// and the projection, the animation's frames and size, the network and the view's
/// resolution), checked once the whole scene is read and before anything is computed. Each
/// message gives the estimate and the limit, on the key that is best changed.
struct SceneBudget {
    let top: YAMLMapping
    let scene: Scene
    /// Shards the grid is split into (`descent grid --shard i/n`): each computes its rows only.
    var shards = 1

    func check() throws(SceneError) {
        try solidRaster()
        try animationPixels()
        try networkTime()
    }

    /// A 3D view is drawn through a z-buffer (`ZBufferSize`): the figure's size bounds the
    /// 3D panel's.
    private func solidRaster() throws(SceneError) {
        guard scene.view.projection != .flat else { return }
        let bytes = ZBufferSize.bytes(width: scene.output.width, height: scene.output.height)
        guard bytes > SceneLimits.solidRasterBytes else { return }
        let most = SceneLimits.solidRasterBytes / ZBufferSize.bytes(width: 1, height: 1)
        throw (value(top["output"], "size") ?? value(top["view"], "projection")!).error(
            "a 3D view of \(scene.output.width)×\(scene.output.height) pixels needs a z-buffer of about \(NumberFormat.bytes(bytes)) "
            + "(\(ZBufferSize.description)); the limit is \(NumberFormat.bytes(SceneLimits.solidRasterBytes)): "
            + "at most \(Int(most)) pixels")
    }

    /// Every frame of an animation is drawn and encoded: frames × pixels bounds its time and
    /// the size of what it writes.
    private func animationPixels() throws(SceneError) {
        guard let animation = scene.animation, let block = top["animation"] else { return }
        let pixels = Double(animation.frames) * Double(animation.width) * Double(animation.height)
        guard pixels > SceneLimits.animationPixels else { return }
        let minutes = pixels / SceneLimits.animationPixelRate / 60
        throw (value(block, "frames") ?? value(block, "duration") ?? value(block, "size") ?? block).error(
            "\(animation.frames) frames of \(animation.width)×\(animation.height) are \(NumberFormat.short(pixels)) pixels "
            + "to draw and encode, about \(NumberFormat.short(minutes.rounded(.up))) minutes; the limit is "
            + "\(NumberFormat.short(SceneLimits.animationPixels)) (2400 frames of 1920×1080); use fewer frames or a smaller size")
    }

    /// Training, the grid of every panel and the runs on a network landscape, in seconds
    /// at the rates `SceneLimits` assumes (`NetworkSpec.cost`). A shard computes its share of
    /// the grid and trains whole. The message names the part that takes longest.
    private func networkTime() throws(SceneError) {
        guard case let .landscape(.networks(specs)) = scene.surface else { return }
        let resolution = scene.view.resolution
        let rows = (resolution + shards - 1) / shards
        let landscape = specs.reduce(NetworkCost(grid: 0, scalar: 0)) { $0 + $1.cost(resolution: resolution, rows: rows) }
        let steps = scene.runs.reduce(0) { $0 + $1.steps }
        let runs = specs[0].runCost(steps: steps).scalar
        let parts = [landscape.grid / SceneLimits.gridOperationRate, landscape.scalar / SceneLimits.scalarOperationRate,
                     runs / SceneLimits.scalarOperationRate]
        let total = parts.reduce(0, +)
        guard total > SceneLimits.networkSeconds else { return }
        let network = value(top["surface"], "network")!
        let samples: String
        if let own = specs[0].own {
            samples = "\(own.samples(specs[0].split).count) samples of a network of \(own.plan.parameterCount) parameters"
        } else {
            samples = "\(specs[0].data.count) samples" + (specs[0].model == .mlp ? " of a network of \(specs[0].network.parameterCount) parameters" : "")
        }
        let panels = specs.count > 1 ? " in \(specs.count) panels" : ""
        let (at, what, work, advice): (YAMLValue, String, String, String) = switch parts.firstIndex(of: parts.max()!)! {
        case 0: (value(top["view"], "resolution") ?? network, "the grid", "\(resolution)² points\(panels) over \(samples)",
                 "use fewer samples, a smaller network or a lower `view.resolution`, or split the grid with `descent grid --shard`")
        case 1: (value(network, "train") ?? network, "training", "\(specs[0].training?.steps ?? 0) steps over \(samples)\(panels)",
                 "use fewer training steps or samples")
        default: (top["runs"] ?? network, "the runs", "\(steps) steps over \(samples)", "use fewer steps or samples")
        }
        throw at.error("\(what) would take about \(Self.duration(total / 60)) (\(work): "
                       + "\(NumberFormat.short(landscape.grid + landscape.scalar + runs)) floating-point operations in all); "
                       + "the limit is \(Self.duration(SceneLimits.networkSeconds / 60)); \(advice)")
    }

    /// `40 minutes`, `3 hours`, `12 days`.
    static func duration(_ minutes: Double) -> String {
        if minutes == 60 { return "an hour" }
        if minutes < 90 { return "\(NumberFormat.short(max(1, minutes.rounded()))) minutes" }
        if minutes < 48 * 60 { return "\(NumberFormat.short((minutes / 60).rounded())) hours" }
        return "\(NumberFormat.short((minutes / 1440).rounded())) days"
    }

    /// The value at `key` of the mapping `value`, when there is one.
    private func value(_ value: YAMLValue?, _ key: String) -> YAMLValue? {
        guard let value, let node = value.node.mapping?[key] else { return nil }
        return value.child(node, key: key)
    }
}
