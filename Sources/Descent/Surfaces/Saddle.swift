/// The hyperbolic saddle: a critical point that is not a minimum.
///
/// f(x, y) = x² − y². Domain [−2, 2]². Critical point at (0, 0) with Hessian diag(2, −2):
/// gradient descent started on the x axis converges to it, anywhere else it escapes along ±y.
/// No minima (f is unbounded below).
public struct Saddle: DifferentiableSurface {
    /// The saddle x² − y²; it has no parameters.
    public init() {}

    /// f at (`x`, `y`).
    public func evaluate<T: DiffScalar>(_ x: T, _ y: T) -> T {
        x * x - y * y
    }
}

extension Saddle {
    static let catalogueEntry = CatalogueEntry(
        name: "saddle",
        title: "Saddle",
        summary: "x² − y²: descent slows near the saddle point, then escapes along y",
        domain: ViewBox(x: -2...2, y: -2...2),
        prefersLogColor: false,
        suggestedStart: Vec2(-1.8, 0.05),
        make: { _ in Saddle() },
        formula: { _ in "x² − y²" })
}
