/// A loss surface f(x, y): a scalar function of two parameters with its exact derivatives.
public protocol Surface: Sendable {
    /// f at `p`. May be non-finite far from the surface's domain.
    func value(at p: Vec2) -> Double
    /// ∇f at `p`, exact (analytic or automatic differentiation, never finite differences).
    func gradient(at p: Vec2) -> Vec2
    /// ∇²f at `p`, exact.
    func hessian(at p: Vec2) -> SymmetricMatrix2
    /// Known local and global minima, drawn as markers. Empty when none are known.
    var knownMinima: [Vec2] { get }
}

extension Surface {
    /// No known minima, unless a surface says otherwise.
    public var knownMinima: [Vec2] { [] }
}

/// A surface written once against `DiffScalar`: value, gradient and Hessian all follow from
/// `evaluate`, the first evaluated in `Double`, the others in `Jet`.
public protocol DifferentiableSurface: Surface {
    /// f at (`x`, `y`), in whichever number type the caller needs.
    func evaluate<T: DiffScalar>(_ x: T, _ y: T) -> T
}

extension DifferentiableSurface {
    /// f at `p`, evaluated in `Double`.
    public func value(at p: Vec2) -> Double { evaluate(p.x, p.y) }

    /// ∇f at `p`, from a `Jet` evaluation.
    public func gradient(at p: Vec2) -> Vec2 { jet(at: p).gradient }

    /// ∇²f at `p`, from a `Jet` evaluation.
    public func hessian(at p: Vec2) -> SymmetricMatrix2 { jet(at: p).hessian }

    /// f, ∇f and ∇²f at `p` in one evaluation.
    public func jet(at p: Vec2) -> Jet { evaluate(Jet.x(p.x), Jet.y(p.y)) }
}
