/// A network's training as a table, one row per step: step k is the weights after k updates,
/// with the training and validation loss and accuracy there, and the per-layer norms of the
/// gradient the next update took (at those weights, before that update). What
/// `descent trace --training` writes and the training charts draw.
public struct TrainingLog: Sendable {
    /// Legend name: `training`, `sigmoid`, `run 2 (init seed 1)`.
    public var label: String
    /// Training loss (with the weight penalty, without dropout) at each step, step 0 first.
    public var trainLosses: [Double]
    /// Validation loss at each step; nil when no data are held out.
    public var validationLosses: [Double]?
    /// Fraction of the training samples classified right at each step; nil for regression.
    public var trainAccuracies: [Double]?
    /// The same for the held-out samples; nil for regression or without held-out data.
    public var validationAccuracies: [Double]?
    /// `layerGradientNorms[k][l]`: ‖∂loss/∂W_l‖_F at step k (layer 0 the input layer), the
    /// gradient of update k + 1; NaN for a step no update left (the last, unless the update
    /// after it was refused for leaving finite numbers).
    public var layerGradientNorms: [[Double]]
    /// The step whose weights training kept (the best validation loss with early stopping).
    public var finalIndex: Int
    /// The update after which early stopping ended training, if it did.
    public var stoppedEarly: Int?

    /// Steps logged: updates made, plus one for the initial weights.
    public var count: Int { trainLosses.count }
    /// Weight layers of the network.
    public var layerCount: Int { layerGradientNorms.first?.count ?? 0 }

    /// The log of `trained`'s training, named `label`; with `classes` (class data) the
    /// accuracies are computed here, a forward pass of each split per step, on all cores.
    /// Nil when `trained` did not train.
    public init?(_ trained: TrainedNetwork, label: String, classes: Bool) {
        guard let path = trained.path else { return nil }
        self.label = label
        trainLosses = path.trainLosses
        validationLosses = trained.validation == nil ? nil : path.validationLosses
        let network = trained.network, points = path.points
        if classes {
            let train = trained.train
            trainAccuracies = Parallel.results(points.count) { network.accuracy(points[$0], data: train) }
            validationAccuracies = trained.validation.map { held in
                Parallel.results(points.count) { network.accuracy(points[$0], data: held) }
            }
        }
        let missing = [Double](repeating: .nan, count: network.layerCount)
        layerGradientNorms = points.indices.map { $0 < path.layerGradientNorms.count ? path.layerGradientNorms[$0] : missing }
        finalIndex = path.finalIndex
        stoppedEarly = path.stoppedEarly
    }
}
