extension Run {
    /// The most updates a run may ask for; a trajectory keeps every point.
    public static let maximumSteps = 10_000_000

    /// What is wrong with this run, as (field, message) pairs, fields named as in scene files:
    /// the optimizer's problems (PyTorch names), the schedule's under `lr` (`lr` for a constant,
    /// `lr.decay_steps` ...), and `start` (finite), `steps` (0 … `maximumSteps`), `noise`
    /// (finite, ≥ 0), `clip_norm` and `clip_value` (finite, > 0).
    public func validationProblems() -> [(field: String, message: String)] {
        let f = NumberFormat.plain
        var problems = optimizer.validationProblems()
        for problem in lr.validationProblems() {
            problems.append((problem.field == "lr" ? "lr" : "lr.\(problem.field)", problem.message))
        }
        if !start.isFinite {
            problems.append(("start", "must be finite, got (\(f(start.x)), \(f(start.y)))"))
        }
        if steps < 0 || steps > Self.maximumSteps {
            problems.append(("steps", "must be in [0, \(Self.maximumSteps)], got \(steps)"))
        }
        if !(noise.isFinite && noise >= 0) {
            problems.append(("noise", "must be finite and >= 0, got \(f(noise))"))
        }
        for (field, value) in [("clip_norm", clipNorm), ("clip_value", clipValue)] {
            if let value, !(value.isFinite && value > 0) {
                problems.append((field, "must be finite and > 0, got \(f(value))"))
            }
        }
        return problems
    }
}
