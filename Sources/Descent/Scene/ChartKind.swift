/// A companion chart: one quantity of every run against the step.
public enum ChartKind: String, Sendable, CaseIterable, Codable {
    /// f at each step.
    case loss
    /// The learning rate of each update (the schedule).
    case lr
    /// |∇f| at each step (the exact gradient, before noise and clipping).
    case gradNorm = "grad_norm"
    /// Distance from each step's point to the nearest minimum in view.
    case distance

}
