/// Matyas' function: a shallow quadratic valley along the diagonal y = x.
///
/// f(x, y) = 0.26(x² + y²) − 0.48xy.
/// Domain [−10, 10]². Minimum f = 0 at (0, 0); Hessian [[0.52, −0.48], [−0.48, 0.52]],
/// eigenvalues 0.04 (along y = x) and 1 (across it).
public struct Matyas: DifferentiableSurface {
    /// Matyas' function; it has no parameters.
    public init() {}

    /// The minimum at the origin.
    public var knownMinima: [Vec2] { [.zero] }

    /// f at (`x`, `y`).
    public func evaluate<T: DiffScalar>(_ x: T, _ y: T) -> T {
        0.26 * (x * x + y * y) - 0.48 * (x * y)
    }
}

extension Matyas {
    static let catalogueEntry = CatalogueEntry(
        name: "matyas",
        title: "Matyas",
        summary: "a shallow diagonal valley with condition number 25",
        domain: ViewBox(x: -10...10, y: -10...10),
        prefersLogColor: false,
        suggestedStart: Vec2(-8, 5),
        make: { _ in Matyas() },
        formula: { _ in "0.26(x² + y²) − 0.48xy" })
}
