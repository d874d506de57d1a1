/// A surface whose loss is a mean over samples (a network's training loss), so that a run can
/// follow the gradient of random mini-batches instead of the exact one.
public protocol SampledLossSurface: Surface {
    /// Number of samples the loss averages over (≥ 1).
    var sampleCount: Int { get }
    /// ∇ of the mean loss over the samples at `samples` (all of them when nil).
    func gradient(at p: Vec2, samples: [Int]?) -> Vec2
}
