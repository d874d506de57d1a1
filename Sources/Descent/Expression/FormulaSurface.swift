/// A loss surface given by a user's formula: value, gradient and Hessian all come from the
/// formula's compiled program, in `Double` and in `Jet`.
public struct FormulaSurface: DifferentiableSurface, Hashable {
    /// The parsed formula, f(x, y).
    public let formula: Formula
    /// Minima the caller knows of, drawn as markers; the formula itself gives none.
    public let knownMinima: [Vec2]

    /// The surface of `formula`, with minima to mark when the caller knows them.
    public init(_ formula: Formula, knownMinima: [Vec2] = []) {
        self.formula = formula
        self.knownMinima = knownMinima
    }

    /// The formula at (`x`, `y`); specialized for `Double` and `Jet` like `Formula.evaluate`.
    @_specialize(where T == Double)
    @_specialize(where T == Jet)
    public func evaluate<T: DiffScalar>(_ x: T, _ y: T) -> T {
        formula.evaluate(x, y)
    }
}
