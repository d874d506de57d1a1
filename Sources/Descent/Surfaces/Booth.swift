/// Booth's function: a tilted, moderately conditioned quadratic bowl.
///
/// f(x, y) = (x + 2y − 7)² + (2x + y − 5)² = 5x² + 8xy + 5y² − 34x − 38y + 74.
/// Domain [−10, 10]². Minimum f = 0 at (1, 3); Hessian [[10, 8], [8, 10]], eigenvalues 2 and 18.
public struct Booth: DifferentiableSurface {
    /// Booth's function; it has no parameters.
    public init() {}

    /// The minimum at (1, 3).
    public var knownMinima: [Vec2] { [Vec2(1, 3)] }

    /// f at (`x`, `y`).
    public func evaluate<T: DiffScalar>(_ x: T, _ y: T) -> T {
        let a = x + 2 * y - 7
        let b = 2 * x + y - 5
        return a * a + b * b
    }
}

extension Booth {
    static let catalogueEntry = CatalogueEntry(
        name: "booth",
        title: "Booth",
        summary: "a tilted quadratic bowl with condition number 9",
        domain: ViewBox(x: -10...10, y: -10...10),
        prefersLogColor: false,
        suggestedStart: Vec2(-8, -6),
        make: { _ in Booth() },
        formula: { _ in "(x + 2y − 7)² + (2x + y − 5)²" })
}
