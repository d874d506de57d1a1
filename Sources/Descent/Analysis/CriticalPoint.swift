/// A point where ∇f = 0, with what kind of point it is.
public struct CriticalPoint: Hashable, Sendable {
    /// What the surface does around a critical point.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// f rises in every direction.
        case minimum
        /// f falls in every direction.
        case maximum
        /// f rises in some directions and falls in others.
        case saddle
    }

    /// Where ∇f = 0.
    public var position: Vec2
    /// f at `position`.
    public var value: Double
    /// Minimum, maximum or saddle.
    public var kind: Kind
    /// Eigenvalues of the Hessian at `position`: λ₁ ≤ λ₂.
    public var lowCurvature: Double
    /// The larger eigenvalue λ₂ of the Hessian at `position`.
    public var highCurvature: Double
    /// True when the Hessian is singular there (an eigenvalue ≈ 0), so the kind was decided
    /// from f on a small circle around the point (the monkey saddle's origin).
    public var degenerate: Bool

    /// A critical point from its parts; `lowCurvature` ≤ `highCurvature`.
    public init(position: Vec2, value: Double, kind: Kind, lowCurvature: Double, highCurvature: Double,
                degenerate: Bool) {
        self.position = position
        self.value = value
        self.kind = kind
        self.lowCurvature = lowCurvature
        self.highCurvature = highCurvature
        self.degenerate = degenerate
    }

    /// `(3, 2)`: the position with three significant digits, for badges and legends.
    public var positionText: String {
        "(\(NumberFormat.short(position.x)), \(NumberFormat.short(position.y)))"
    }
}
