/// One value of a sweep.
public enum SweepValue: Hashable, Sendable {
    /// A single number.
    case number(Double)
    /// Two numbers, as `betas`.
    case pair(Double, Double)
    /// A boolean.
    case flag(Bool)
    /// A start point.
    case point(Vec2)
    /// An optimizer.
    case optimizer(OptimizerKind)
    /// A whole learning-rate schedule, as a value of `lr`.
    case schedule(Schedule)

    /// Short text for titles and legends: `0.01`, `(0.9, 0.99)`, `true`, `(1, −2)`, `Adam`.
    public var text: String {
        let f = NumberFormat.plain
        switch self {
        case let .number(v): return f(v)
        case let .pair(a, b): return "(\(f(a)), \(f(b)))"
        case let .flag(b): return b ? "true" : "false"
        case let .point(p): return "(\(NumberFormat.short(p.x, significant: 4)), \(NumberFormat.short(p.y, significant: 4)))"
        case let .optimizer(kind): return kind.displayName
        case let .schedule(schedule): return schedule.summary
        }
    }

    /// The number, for numeric sweeps (a curve's x axis); nil otherwise.
    public var numericValue: Double? {
        if case let .number(v) = self { return v }
        return nil
    }
}
