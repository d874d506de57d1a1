import Descent
import DescentRender
import DescentScene
import Foundation
import Yams

/// The controls the live page shows for a scene, generated from it: for each run a slider per
/// setting (learning rate, momentum, betas, noise, steps) and a toggle; the start points a
/// click or drag on a panel moves; a slider per sweep value. Every control names the key path
/// an override of it sets, so the page only sends `{key: value}`.
struct LiveControls: Encodable {
    /// A slider over a number. `scale`: `linear`, `log` (of the value) or `log1m` (of 1 −
    /// value, for β₂ near 1).
    struct Slider: Encodable, Equatable {
        var key: String
        var name: String
        var value: Double
        var min: Double
        var max: Double
        var scale: String
        var integer = false
        /// For one element of a pair (`betas`): its index, and the pair as it is.
        var part: Int?
        var pair: [Double]?
    }

    /// A start point, and the runs that start there.
    struct Start: Encodable, Equatable {
        var key: String
        var value: [Double]
        var runs: [Int]
    }

    struct RunControls: Encodable {
        var key: String
        var label: String
        var sliders: [Slider]
    }

    var title: String
    var name: String
    var runs: [RunControls]
    var starts: [Start]
    var sweep: [Slider]

    /// The controls of `scene`, read from `text`, its YAML (for the keys it writes).
    init(scene: Scene, text: String) {
        let root = (try? Yams.compose(yaml: text))?.mapping
        let runNodes = root?["runs"]?.sequence.map(Array.init) ?? []
        title = scene.title ?? scene.surface.name ?? "descent"
        name = scene.output.name
        let swept = scene.sweep?.parameter
        runs = zip(runNodes.indices, scene.runs).map { index, run in
            RunControls(key: "runs[\(index)]", label: run.label ?? run.optimizer.kind.displayName,
                        sliders: Self.sliders(run, key: "runs[\(index)]", node: runNodes[index].mapping, swept: swept))
        }
        starts = swept == .start ? [] : Self.starts(scene, runNodes: runNodes)
        sweep = scene.sweep.map { Self.sweepSliders($0, node: root?["sweep"]?.mapping) } ?? []
    }

    private static func sliders(_ run: Run, key: String, node: Node.Mapping?, swept: SweepParameter?) -> [Slider] {
        var sliders: [Slider] = []
        if swept != .lr, let lr = learningRate(run, key: key, node: node) { sliders.append(lr) }
        let parameters = run.optimizer.kind.parameters
        if let momentum = parameters.first(where: { $0.name == "momentum" }), swept != .hyperparameter("momentum") {
            let value = momentum.get(run.optimizer.hyperparameters)[0]
            sliders.append(Slider(key: "\(key).momentum", name: "momentum", value: value, min: 0, max: max(0.99, value), scale: "linear"))
        }
        if let betas = parameters.first(where: { $0.name == "betas" }), swept != .hyperparameter("betas") {
            let pair = betas.get(run.optimizer.hyperparameters)
            if swept != .beta(0) {
                sliders.append(Slider(key: "\(key).betas", name: "β₁", value: pair[0], min: 0, max: max(0.999, pair[0]),
                                      scale: "linear", part: 0, pair: pair))
            }
            if swept != .beta(1) {
                sliders.append(Slider(key: "\(key).betas", name: "β₂", value: pair[1], min: min(0.5, pair[1]),
                                      max: max(0.99999, pair[1]), scale: "log1m", part: 1, pair: pair))
            }
        }
        if swept != .noise {
            sliders.append(Slider(key: "\(key).noise", name: "noise", value: run.noise, min: 0, max: Swift.max(1, 3 * run.noise),
                                  scale: "linear"))
        }
        if swept != .steps {
            let most = Double(SceneLimits.steps.upperBound)
            sliders.append(Slider(key: "\(key).steps", name: "steps", value: Double(run.steps), min: 1,
                                  max: Swift.min(most, Swift.max(1000, 10 * Double(run.steps))), scale: "log", integer: true))
        }
        return sliders
    }

    /// A constant rate's slider (`runs[i].lr`), or one over a schedule's initial rate as
    /// written (`runs[i].lr.exponential_decay.initial_learning_rate`); none for other schedules.
    private static func learningRate(_ run: Run, key: String, node: Node.Mapping?) -> Slider? {
        func slider(_ key: String, _ value: Double) -> Slider {
            Slider(key: key, name: "lr", value: value, min: value / 100, max: value * 100, scale: "log")
        }
        if case let .constant(value) = run.lr { return slider("\(key).lr", value) }
        guard let schedule = node?["lr"]?.mapping, schedule.count == 1, let kind = schedule.first?.key.string,
              let initial = schedule.first?.value.mapping?["initial_learning_rate"]?.scalar,
              let value = Double(initial.string), value > 0 else { return nil }
        return slider("\(key).lr.\(kind).initial_learning_rate", value)
    }

    /// Each distinct start: a run's own (`runs[i].start`) or the scene's (`start`, written or
    /// added), with the runs that start there.
    private static func starts(_ scene: Scene, runNodes: [Node]) -> [Start] {
        var starts: [Start] = []
        for (index, run) in scene.runs.prefix(runNodes.count).enumerated() {
            let key = runNodes[index].mapping?["start"] != nil ? "runs[\(index)].start" : "start"
            if let i = starts.firstIndex(where: { $0.key == key }) {
                starts[i].runs.append(index)
            } else {
                starts.append(Start(key: key, value: [run.start.x, run.start.y], runs: [index]))
            }
        }
        return starts
    }

    /// A slider per number of a sweep's `values`, or over a range's ends and count.
    private static func sweepSliders(_ sweep: Sweep, node: Node.Mapping?) -> [Slider] {
        let name = sweep.parameter.symbol
        let log = sweep.parameter == .lr || sweep.parameter == .steps || sweep.logarithmic
        let integer = sweep.parameter == .steps || sweep.parameter == .batchSize || sweep.parameter == .seed
        func slider(_ key: String, _ name: String, _ value: Double) -> Slider? {
            if log && value <= 0 { return nil }
            let (low, high) = log ? (value / 100, value * 100) : (Swift.min(0, 2 * value), Swift.max(1, 2 * value))
            return Slider(key: key, name: name, value: value, min: low, max: high, scale: log ? "log" : "linear", integer: integer)
        }
        if let range = node?["range"]?.mapping {
            return [("from", "from"), ("to", "to")].compactMap { key, label in
                range[key]?.scalar.flatMap { Double($0.string) }.flatMap { slider("sweep.range.\(key)", "\(name) \(label)", $0) }
            }
        }
        guard node?["values"]?.sequence != nil else { return [] }
        return sweep.values.enumerated().compactMap { index, value in
            guard case let .number(number) = value else { return nil }
            return slider("sweep.values[\(index)]", "\(name) #\(index + 1)", number)
        }
    }
}
