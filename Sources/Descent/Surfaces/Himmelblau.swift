/// Himmelblau's function: four equal minima, so the start decides which one is found.
///
/// f(x, y) = (x² + y − 11)² + (x + y² − 7)².
/// Domain [−5, 5]². Four global minima, f = 0: (3, 2), (−2.805118…, 3.131312…),
/// (−3.779310…, −3.283186…), (3.584428…, −1.848126…); local maximum near (−0.270845, −0.923039).
public struct Himmelblau: DifferentiableSurface {
    /// Himmelblau's function; it has no parameters.
    public init() {}

    /// The four roots of ∇f = 0 with f = 0, found by Newton's method at 40 digits and rounded.
    public var knownMinima: [Vec2] {
        [
            Vec2(3, 2),
            Vec2(-2.8051180869527449, 3.1313125182505730),
            Vec2(-3.7793102533777469, -3.2831859912861694),
            Vec2(3.5844283403304917, -1.8481265269644036),
        ]
    }

    /// f at (`x`, `y`).
    public func evaluate<T: DiffScalar>(_ x: T, _ y: T) -> T {
        let a = x * x + y - 11
        let b = x + y * y - 7
        return a * a + b * b
    }
}

extension Himmelblau {
    static let catalogueEntry = CatalogueEntry(
        name: "himmelblau",
        title: "Himmelblau",
        summary: "four equal minima: the start point decides which one is reached",
        domain: ViewBox(x: -5...5, y: -5...5),
        prefersLogColor: true,
        suggestedStart: Vec2(0, 0),
        make: { _ in Himmelblau() },
        formula: { _ in "(x² + y − 11)² + (x + y² − 7)²" })
}
