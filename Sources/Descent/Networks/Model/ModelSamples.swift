/// The samples a user's model is scored on: inputs read from a `.npy` file (float32 or float64,
/// (N, C, H, W) or (N, D), memory-mapped), and targets: int64 class indices (N,) for
/// cross-entropy, float values (N, outputs) or (N,) for MSE and binary cross-entropy.
public struct ModelSamples: Sendable {
    /// The mapped input file.
    public let file: MappedFile
    /// Its header: type, shape and where the values start.
    public let header: NPYHeader
    /// Targets, `targetWidth` per sample, as the loss reads them.
    public let targets: [Double]
    /// The same in float32, for the kernel.
    let floatTargets: [Float]
    /// Targets per sample: 1 for class indices, the outputs for MSE.
    public let targetWidth: Int
    /// The loss the targets are scored with.
    public let loss: LossKind

    /// Number of samples.
    public var count: Int { header.shape[0] }
    /// One sample's shape: (C, H, W) or (D).
    public var sampleShape: [Int] { Array(header.shape.dropFirst()) }
    /// Whether the inputs are float64 (converted to float32 as they are read).
    public var isDouble: Bool { header.descr == "<f8" }

    /// The inputs of sample `index`, in `Double`.
    public func input(_ index: Int) -> [Double] {
        let size = header.count / max(1, count)
        return (0..<size).map { header.value(file.bytes, at: index * size + $0) }
    }

    /// Inputs from `inputs` (its header already read) and targets from the values and shape of
    /// `labels`, checked against `loss` and the model's `outputs`. `names` are the two files'
    /// names, for messages.
    /// - Throws: `ModelProblem` with one line naming the file, what it holds and what is needed.
    public init(inputs file: MappedFile, header: NPYHeader, labels: NPYArray, labelType: String, loss: LossKind,
                outputs: Int, names: (inputs: String, labels: String)) throws(ModelProblem) {
        let n = header.shape.first ?? 0
        guard header.descr == "<f4" || header.descr == "<f8", !header.fortran || header.shape.count < 2 else {
            throw ModelProblem("`\(names.inputs)` holds \(header.fortran ? "Fortran-order" : header.typeName) values; inputs must be float32 or float64 in C order")
        }
        guard header.shape.count == 2 || header.shape.count == 4, n >= 1 else {
            throw ModelProblem("`\(names.inputs)` has shape \(ModelPlan.text(header.shape)); inputs are (N, C, H, W) images or (N, D) vectors, N ≥ 1")
        }
        guard labels.shape.first == n else {
            throw ModelProblem("`\(names.labels)` has shape \(ModelPlan.text(labels.shape)) but `\(names.inputs)` holds \(n) samples \(ModelPlan.text(header.shape)): one target per sample")
        }
        switch loss {
        case .crossEntropy:
            guard labelType == "int64" || labelType == "int32", labels.shape.count == 1 else {
                throw ModelProblem("`\(names.labels)` holds \(labelType) values of shape \(ModelPlan.text(labels.shape)); cross_entropy needs int64 class indices of shape (\(n),)")
            }
            if let bad = labels.values.firstIndex(where: { $0 < 0 || $0 >= Double(outputs) }) {
                throw ModelProblem("`\(names.labels)`: sample \(bad) has class \(NumberFormat.plain(labels.values[bad])); the model has \(outputs) outputs, so classes are 0 to \(outputs - 1)")
            }
            targetWidth = 1
        case .mse, .binaryCrossEntropy:
            let width = labels.shape.count == 1 ? 1 : labels.shape.dropFirst().reduce(1, *)
            guard labels.shape.count <= 2, width == outputs, loss == .mse || outputs == 1 else {
                throw ModelProblem("`\(names.labels)` has shape \(ModelPlan.text(labels.shape)); \(loss.rawValue) with \(outputs) output\(outputs == 1 ? "" : "s") needs (\(n), \(outputs))" + (outputs == 1 ? " or (\(n),)" : ""))
            }
            if let bad = labels.values.firstIndex(where: { !$0.isFinite || (loss == .binaryCrossEntropy && !(0...1).contains($0)) }) {
                throw ModelProblem("`\(names.labels)`: target \(NumberFormat.short(labels.values[bad])) at flat index \(bad); \(loss == .mse ? "targets must be finite" : "binary_cross_entropy targets lie in [0, 1]")")
            }
            targetWidth = width
        }
        self.file = file
        self.header = header
        targets = labels.values
        floatTargets = labels.values.map(Float.init)
        self.loss = loss
    }
}
