import Synchronization

/// Trained networks kept for the life of the process, so a network is trained once however
/// many outputs, panels or lines read it: variants that differ only in their split or plane,
/// the figure and the mesh of one scene, every render of a long-running process.
public final class TrainingCache: Sendable {
    /// The cache every command uses.
    public static let shared = TrainingCache()
    /// Networks kept at most; the oldest goes first.
    public static let capacity = 16

    private struct Entry: Sendable {
        let key: TrainingKey
        let network: TrainedNetwork
    }

    private let state = Mutex<(entries: [Entry], trainings: Int)>(([], 0))

    /// An empty cache (tests make their own to count trainings).
    public init() {}

    /// How many networks this cache has trained (not found).
    public var trainings: Int { state.withLock { $0.trainings } }

    /// `spec`'s network trained from the initialization of `initSeed` (default: the spec's),
    /// trained now unless an equal training is kept. `progress(done, total)` follows the
    /// updates of a training that runs.
    public func trained(_ spec: NetworkSpec, initSeed: UInt64? = nil,
                        progress: ((Int, Int) -> Void)? = nil) -> TrainedNetwork {
        let key = TrainingKey(spec, initSeed: initSeed ?? spec.initSeed)
        if let kept = state.withLock({ $0.entries.first { $0.key == key }?.network }) { return kept }
        let network = TrainedNetwork(spec, initSeed: initSeed, progress: progress)
        state.withLock { state in
            state.entries.append(Entry(key: key, network: network))
            if state.entries.count > Self.capacity { state.entries.removeFirst() }
            state.trainings += 1
        }
        return network
    }
}

/// Everything that decides the outcome of a network's training: data, architecture,
/// initialization, loss, penalty, split and training settings. The plane, the split a surface
/// shows and titles are not part of it.
struct TrainingKey: Equatable, Sendable {
    let data: Dataset
    let hidden: [Int]
    let activation: Activation
    let initialization: Initialization
    let initSeed: UInt64
    let splitSeed: UInt64
    let loss: LossKind
    let regularization: Regularization
    let skip: Bool
    let validation: Double
    let training: TrainingSpec?

    init(_ spec: NetworkSpec, initSeed: UInt64) {
        data = spec.data
        hidden = spec.hidden
        activation = spec.activation
        initialization = spec.initialization
        self.initSeed = initSeed
        splitSeed = spec.initSeed
        loss = spec.loss
        regularization = spec.regularization
        skip = spec.skip
        validation = spec.validation
        training = spec.training
    }
}
