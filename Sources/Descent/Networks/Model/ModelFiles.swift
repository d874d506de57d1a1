import Foundation

/// Reads the files of a user's model: state dicts (`.safetensors`, `.npz`) and `.npy` data.
/// Every problem is one line naming the file (as the scene spells it) and what is wrong.
public enum ModelFiles {
    /// The size a state dict may have: 2 GB (the weights are read into memory).
    public static let weightBytes = 2_000_000_000

    /// θ and the running statistics `plan` needs, from the state dict at `path` (`name` is how
    /// the scene spells it).
    public static func weights(path: String, name: String, plan: ModelPlan) throws(ModelProblem) -> ModelWeights {
        let ext = (path as NSString).pathExtension
        guard ["safetensors", "npz"].contains(ext.lowercased()) else {
            throw ModelProblem("`\(name)`: unknown weights format `.\(ext)`; expected .safetensors (safetensors.torch.save_file) or .npz (numpy.savez)")
        }
        guard let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
              let data = FileManager.default.contents(atPath: path) else {
            throw ModelProblem("cannot read `\(name)`")
        }
        guard size <= weightBytes else {
            throw ModelProblem("`\(name)` is \(NumberFormat.bytes(Double(size))); weights files are at most \(NumberFormat.bytes(Double(weightBytes)))")
        }
        let state: StateDict
        do {
            state = try StateDict(data: data, pathExtension: ext)
        } catch {
            throw ModelProblem("`\(name)`: \(error.message)")
        }
        return try ModelWeights(state, plan: plan, file: name)
    }

    /// The inputs at `inputs` (memory-mapped) and the targets at `labels`, checked against the
    /// loss and the first and last layers of `layers`; returns the model resolved for the
    /// inputs' sample shape.
    public static func samples(inputs: (path: String, name: String), labels: (path: String, name: String),
                               layers: [ModelLayer], loss: LossKind) throws(ModelProblem) -> (ModelPlan, ModelSamples) {
        guard let file = MappedFile(path: inputs.path) else { throw ModelProblem("cannot read `\(inputs.name)`") }
        let header: NPYHeader
        do {
            header = try NPYHeader(file.bytes)
        } catch {
            throw ModelProblem("`\(inputs.name)`: \(error.message)")
        }
        let plan: ModelPlan
        do {
            plan = try ModelPlan(layers: layers, inputShape: Array(header.shape.dropFirst()))
        } catch {
            throw ModelProblem("`\(inputs.name)` has shape \(ModelPlan.text(header.shape)): \(error.message)")
        }
        guard let labelData = FileManager.default.contents(atPath: labels.path) else { throw ModelProblem("cannot read `\(labels.name)`") }
        let labelArray: NPYArray, labelType: String
        do {
            labelArray = try NPYArray(data: labelData)
            labelType = try NPYHeader.read(labelData).typeName
        } catch {
            throw ModelProblem("`\(labels.name)`: \(error.message)")
        }
        let samples = try ModelSamples(inputs: file, header: header, labels: labelArray, labelType: labelType, loss: loss,
                                       outputs: plan.outputCount, names: (inputs.name, labels.name))
        return (plan, samples)
    }
}
