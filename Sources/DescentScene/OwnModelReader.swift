import Descent
import Foundation
import Yams

/// Reads a network trained elsewhere: `model: {layers: [...], weights: FILE, checkpoints: [...]}`
/// with `data: {inputs: X.npy, labels: Y.npy, validation: {inputs, labels}}` and `loss`.
/// Files are relative to the scene; every problem in them is reported on the key naming the file.
struct OwnModelReader {
    let network: YAMLMapping

    static let modelKeys = ["layers", "weights", "checkpoints"]
    static let dataKeys = ["inputs", "labels", "validation"]
    static let splitKeys = ["inputs", "labels"]
    /// Keys of a built-in network that a model read from files does not take.
    static let builtInKeys = ["layers", "activation", "init", "seed", "l2", "l1", "skip", "validation", "train"]
    /// The most checkpoints a path may have.
    static let checkpointLimit = 1000

    func read() throws(SceneError) -> (OwnModel, LossKind) {
        for key in Self.builtInKeys where network[key] != nil {
            throw network[key]!.error("belongs to a built-in network; a model read from files has its layers under `model.layers` and is already trained")
        }
        let model = try network.required("model").mapping(allowed: Self.modelKeys, context: "model")
        let data = try network.required("data").mapping(allowed: Self.dataKeys, context: "data of a model read from files")
        let layers = try ModelLayerReader().read(try model.required("layers"))
        let labelsValue = try data.required("labels")
        let loss: LossKind
        if let v = network["loss"] {
            loss = LossKind(rawValue: try v.choice(LossKind.allCases.map(\.rawValue), what: "loss"))!
        } else {
            loss = try defaultLoss(labelsValue)
        }
        let (plan, train) = try samples(data, layers: layers, loss: loss)
        var validation: ModelSamples?
        if let v = data["validation"] {
            let split = try v.mapping(allowed: Self.splitKeys, context: "validation data")
            let (held, samples) = try self.samples(split, layers: layers, loss: loss)
            guard held.inputShape == plan.inputShape else {
                throw try split.required("inputs").error("holds samples of shape \(ModelPlan.text(held.inputShape)); the training inputs have \(ModelPlan.text(plan.inputShape))")
            }
            validation = samples
        }
        let weightsValue = try model.required("weights")
        let weights = try self.weights(weightsValue, plan: plan)
        var checkpoints: [[Double]] = []
        if let v = model["checkpoints"] {
            let files = try checkpointFiles(v)
            try checkMemory(plan, checkpoints: files.count, at: v)
            checkpoints = try files.map { file throws(SceneError) in try self.weights(file, plan: plan).theta }
        }
        let name = (try weightsValue.string() as NSString).lastPathComponent
        return (OwnModel(plan: plan, weights: weights, checkpoints: checkpoints, train: train, validation: validation, name: name), loss)
    }

    /// Cross-entropy for integer labels, MSE for float targets.
    private func defaultLoss(_ labels: YAMLValue) throws(SceneError) -> LossKind {
        let (path, name) = try resolve(labels)
        guard let data = FileManager.default.contents(atPath: path) else { throw labels.error("cannot read `\(name)`") }
        do {
            let header = try NPYHeader.read(data)
            return header.descr.contains("i") ? .crossEntropy : .mse
        } catch {
            throw labels.error("`\(name)`: \(error.message)")
        }
    }

    private func samples(_ m: YAMLMapping, layers: [ModelLayer], loss: LossKind) throws(SceneError) -> (ModelPlan, ModelSamples) {
        let inputs = try m.required("inputs"), labels = try m.required("labels")
        let (inputPath, inputName) = try resolve(inputs), (labelPath, labelName) = try resolve(labels)
        do throws(ModelProblem) {
            return try ModelFiles.samples(inputs: (inputPath, inputName), labels: (labelPath, labelName), layers: layers, loss: loss)
        } catch {
            // A problem with the targets is the labels file's; everything else the inputs'.
            let at = error.message.contains("`\(labelName)`") && !error.message.hasPrefix("`\(inputName)` has shape") ? labels : inputs
            throw at.error(error.message)
        }
    }

    private func weights(_ value: YAMLValue, plan: ModelPlan) throws(SceneError) -> ModelWeights {
        let (path, name) = try resolve(value)
        do {
            return try ModelFiles.weights(path: path, name: name, plan: plan)
        } catch {
            throw value.error(error.message)
        }
    }

    /// A list of files, or one pattern (`data/ckpt-*.safetensors`) whose matches are taken in
    /// name order.
    private func checkpointFiles(_ v: YAMLValue) throws(SceneError) -> [YAMLValue] {
        if v.node.sequence != nil {
            let items = try v.sequence()
            guard (1...Self.checkpointLimit).contains(items.count) else { throw v.error("must list 1 to \(Self.checkpointLimit) checkpoints, got \(items.count)") }
            return items
        }
        let pattern = try v.string()
        let (resolved, _) = try resolve(v)
        var found = glob_t()
        defer { globfree(&found) }
        guard glob(resolved, 0, nil, &found) == 0, found.gl_pathc > 0 else {
            throw v.error("no file matches `\(pattern)`")
        }
        guard found.gl_pathc <= Self.checkpointLimit else {
            throw v.error("`\(pattern)` matches \(found.gl_pathc) files; at most \(Self.checkpointLimit) checkpoints")
        }
        let directory = (resolved as NSString).deletingLastPathComponent
        let patternDirectory = (pattern as NSString).deletingLastPathComponent
        let paths = (0..<Int(found.gl_pathc)).compactMap { found.gl_pathv[$0].map { String(cString: $0) } }.sorted()
        return paths.map { path in
            // Each match is named as the scene would spell it.
            let relative = (patternDirectory as NSString).appendingPathComponent(String(path.dropFirst(directory.count + 1)))
            return YAMLValue(node: .scalar(Node.Scalar(relative, .implicit, .any, v.node.mark)), file: v.file, path: v.path)
        }
    }

    /// θ for every checkpoint and θ* in `Double`, and PCA's copy: refused above the network limit.
    private func checkMemory(_ plan: ModelPlan, checkpoints: Int, at value: YAMLValue) throws(SceneError) {
        let bytes = 8 * Double(plan.parameterCount) * Double(2 * checkpoints + 8)
        guard bytes <= SceneLimits.networkBytes else {
            throw value.error("\(checkpoints) checkpoints of \(NumberFormat.short(Double(plan.parameterCount))) parameters would need about "
                              + "\(NumberFormat.bytes(bytes)) of memory; the limit is \(NumberFormat.bytes(SceneLimits.networkBytes))")
        }
    }

    /// The path of a file named in the scene, relative to the scene file, and its name as written.
    private func resolve(_ value: YAMLValue) throws(SceneError) -> (path: String, name: String) {
        let name = try value.string()
        let path = name.hasPrefix("/") ? name : ((value.file as NSString).deletingLastPathComponent as NSString).appendingPathComponent(name)
        return (path, name)
    }
}
