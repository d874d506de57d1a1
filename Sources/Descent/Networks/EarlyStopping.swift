/// Early stopping on the validation loss, as Keras's `EarlyStopping(monitor="val_loss",
/// patience=p, restore_best_weights=True)` with `min_delta=0`: an update improves when its
/// loss is strictly below the best so far (the initial weights' loss counts); training stops
/// after `patience` updates in a row without improvement, and keeps the best weights.
public struct EarlyStopping: Sendable {
    /// Updates without improvement that end training (≥ 1).
    public let patience: Int
    private var best: Double
    private var sinceBest = 0

    /// Watching from the initial weights' validation loss `initial`.
    public init(patience: Int, initial: Double) {
        precondition(patience >= 1)
        self.patience = patience
        best = initial
    }

    /// Records the validation loss after an update (non-finite losses are skipped); true when
    /// training stops here.
    public mutating func stops(after loss: Double) -> Bool {
        guard loss.isFinite else { return false }
        if loss < best {
            best = loss
            sinceBest = 0
            return false
        }
        sinceBest += 1
        return sinceBest >= patience
    }

    /// The update after which training on the validation curve `losses` (step 0 the initial
    /// weights) stops, or nil when it runs to the end.
    public static func stopStep(_ losses: [Double], patience: Int) -> Int? {
        guard let first = losses.first else { return nil }
        var watch = EarlyStopping(patience: patience, initial: first)
        return losses.indices.dropFirst().first { watch.stops(after: losses[$0]) }
    }

    /// The step of the lowest finite loss of `losses` (the first, on ties), or nil when none
    /// is finite: the weights early stopping keeps, and the best validation point.
    public static func bestStep(_ losses: [Double]) -> Int? {
        losses.indices.filter { losses[$0].isFinite }.min { losses[$0] < losses[$1] }
    }
}
