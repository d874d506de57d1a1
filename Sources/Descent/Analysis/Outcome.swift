/// What became of a run, read from its trajectory by `OutcomeClassifier` (whose rules say
/// exactly when each case applies).
public struct Outcome: Hashable, Sendable {
    /// How a minimum compares with the other minima in the view.
    public enum MinimumRank: String, Hashable, Sendable {
        /// The only minimum in view.
        case only
        /// As low as the lowest minimum in view.
        case global
        /// Higher than another minimum in view: the run is trapped.
        case local
    }

    /// Where the run ended up, and since when.
    public enum Kind: Hashable, Sendable {
        /// Settled at a minimum: within the settle radius of it from `step` to the end.
        case converged(CriticalPoint, step: Int, rank: MinimumRank)
        /// Settled at a saddle or maximum from `step` to the end.
        case stuck(CriticalPoint, step: Int)
        /// Steps flip direction along the steepest curvature axis, `amplitude` on either side.
        case oscillating(amplitude: Double)
        /// Moving without progress around a minimum: noise keeps it within `radius` (RMS) of it.
        case wandering(CriticalPoint, radius: Double)
        /// Still moving, but straight in: closer to a minimum at every step of the recent past and
        /// already within 5 % of the start's distance from it.
        case converging(CriticalPoint, loss: Double, rank: MinimumRank)
        /// Both slope and curvature all but vanish: stuck on a plateau since `step`, at `loss`.
        case plateau(step: Int, loss: Double)
        /// The simulation stopped at update `step`: the point or loss blew up.
        case diverged(step: Int)
        /// Not yet blown up, but the loss has risen above everything in view since `step`.
        case diverging(step: Int)
        /// None of the above: still on its way, at loss `loss`; `leftView` is the update that took
        /// it out of the view when it ends outside.
        case moving(loss: Double, leftView: Int?)
    }

    /// What became of the run.
    public var kind: Kind
    /// The minimum or saddle whose basin the run started in (where gradient flow from the start
    /// leads), when the run ended somewhere else.
    public var escaped: CriticalPoint?

    /// An outcome of `kind`, with the basin the run left when it left one.
    public init(_ kind: Kind, escaped: CriticalPoint? = nil) {
        self.kind = kind
        self.escaped = escaped
    }

    /// How good the outcome is, for badge colours.
    public enum Verdict: String, Sendable {
        /// At the best minimum in view.
        case success
        /// Trapped in a local minimum, stuck, on a plateau, wandering, or not there yet.
        case partial
        /// Oscillating without settling.
        case oscillation
        /// Diverged or diverging.
        case failure
    }

    /// How good the outcome is.
    public var verdict: Verdict {
        switch kind {
        case let .converged(_, _, rank), let .converging(_, _, rank): rank == .local ? .partial : .success
        case .stuck, .wandering, .plateau, .moving: .partial
        case .oscillating: .oscillation
        case .diverged, .diverging: .failure
        }
    }

    /// A one-word name for data files: converged, trapped, stuck, oscillating, wandering,
    /// plateau, diverged, diverging, moving.
    public var name: String {
        switch kind {
        case let .converged(_, _, rank): rank == .local ? "trapped" : "converged"
        case .stuck: "stuck"
        case .oscillating: "oscillating"
        case .wandering: "wandering"
        case .converging: "converging"
        case .plateau: "plateau"
        case .diverged: "diverged"
        case .diverging: "diverging"
        case .moving: "moving"
        }
    }

    /// The step the outcome dates from (converged, stuck, plateau, diverged, diverging), or nil.
    public var step: Int? {
        switch kind {
        case let .converged(_, step, _), let .stuck(_, step): step
        case let .plateau(step, _), let .diverged(step), let .diverging(step): step
        case .oscillating, .wandering, .converging, .moving: nil
        }
    }

    /// The step from which the run stays at the critical point it ended at (converged at a
    /// minimum, or stuck at a saddle or maximum), or nil: the one notion of "settled", where
    /// an animation stops drawing a run and a still figure dates its arrival.
    public var settledStep: Int? {
        switch kind {
        case let .converged(_, step, _), let .stuck(_, step): step
        default: nil
        }
    }

    /// The critical point the run ended at or around, or nil.
    public var point: CriticalPoint? {
        switch kind {
        case let .converged(c, _, _), let .stuck(c, _), let .wandering(c, _), let .converging(c, _, _): c
        default: nil
        }
    }
}
