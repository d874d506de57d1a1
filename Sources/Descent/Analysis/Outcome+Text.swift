extension Outcome {
    /// How much an outcome's text may say: legends and trace files take `long`, badges take
    /// the longest that fits their panel.
    public enum TextLength: CaseIterable, Sendable {
        /// `reached the global minimum (3, 2) at step 41; escaped the basin of (0.93, 0)`.
        case long
        /// `global min at step 41 · escaped`.
        case medium
        /// `global min`.
        case short
    }

    /// The outcome in words, as long as `length` allows, the surface's values named `quantity`
    /// (`f = 0.15` on an analytic surface, `loss = 0.15` on a network's).
    public func text(_ length: TextLength, quantity: String = "f") -> String {
        let main = kindText(length, quantity: quantity)
        guard let escaped else { return main }
        switch length {
        case .long:
            return main + "; " + (escaped.kind == .minimum
                ? "escaped the basin of \(escaped.positionText)"
                : "escaped the \(escaped.kind.rawValue) \(escaped.positionText)")
        case .medium: return main + " · escaped"
        case .short: return main
        }
    }

    private func kindText(_ length: TextLength, quantity q: String) -> String {
        let f = NumberFormat.short
        switch (kind, length) {
        case let (.converged(c, step, rank), .long):
            switch rank {
            case .only: return "converged to \(c.positionText) at step \(step)"
            case .global: return "reached the global minimum \(c.positionText) at step \(step)"
            case .local: return "trapped in the local minimum \(c.positionText) at step \(step)"
            }
        case let (.converged(_, step, rank), .medium):
            return "\(Self.rankName(rank)) at step \(step)"
        case let (.converged(_, _, rank), .short):
            return Self.rankName(rank)
        case let (.stuck(c, step), .long):
            return "stuck at the \(c.kind.rawValue) \(c.positionText) since step \(step)"
        case let (.stuck(c, step), .medium):
            return "\(c.kind.rawValue) since step \(step)"
        case let (.stuck(c, _), .short):
            return "at \(c.kind.rawValue)"
        case let (.oscillating(amplitude), .long):
            return "oscillating, amplitude \(f(amplitude, 2))"
        case let (.oscillating(amplitude), .medium):
            return "oscillating ±\(f(amplitude, 2))"
        case let (.wandering(c, radius), .long):
            return "wandering around \(c.positionText), radius \(f(radius, 2))"
        case let (.wandering(_, radius), .medium):
            return "wandering ±\(f(radius, 2))"
        case let (.converging(c, loss, rank), .long):
            return "converging to \(rank == .local ? "the local minimum " : "")\(c.positionText), \(q) = \(f(loss, 3))"
        case let (.converging(_, loss, _), .medium):
            return "converging, \(q) = \(f(loss, 3))"
        case let (.plateau(step, loss), .long):
            return "on a plateau since step \(step), \(q) = \(f(loss, 3))"
        case let (.plateau(step, _), .medium):
            return "plateau since step \(step)"
        case let (.diverged(step), .long), let (.diverged(step), .medium):
            return "diverged at step \(step)"
        case let (.diverging(step), .long), let (.diverging(step), .medium):
            return "diverging since step \(step)"
        case let (.moving(loss, leftView), .long):
            return leftView.map { "still moving, left the view at step \($0)" } ?? "still moving, \(q) = \(f(loss, 3))"
        case let (.moving(loss, leftView), .medium):
            return leftView == nil ? "moving, \(q) = \(f(loss, 3))" : "moving, left the view"
        case (.oscillating, .short), (.wandering, .short), (.converging, .short), (.plateau, .short), (.diverged, .short),
             (.diverging, .short), (.moving, .short):
            return name == "moving" ? "still moving" : name
        }
    }

    private static func rankName(_ rank: MinimumRank) -> String {
        switch rank {
        case .only: "converged"
        case .global: "global min"
        case .local: "local min"
        }
    }
}
