/// Beale's function: flat centre, steep corners, a narrow curved valley to the minimum.
///
/// f(x, y) = (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)².
/// Domain [−4.5, 4.5]². Minimum f = 0 at (3, 0.5).
public struct Beale: DifferentiableSurface {
    /// Beale's function; it has no parameters.
    public init() {}

    /// The minimum at (3, 0.5).
    public var knownMinima: [Vec2] { [Vec2(3, 0.5)] }

    /// f at (`x`, `y`).
    public func evaluate<T: DiffScalar>(_ x: T, _ y: T) -> T {
        let y2 = y * y
        let a = 1.5 - x + x * y
        let b = 2.25 - x + x * y2
        let c = 2.625 - x + x * (y2 * y)
        return a * a + b * b + c * c
    }
}

extension Beale {
    static let catalogueEntry = CatalogueEntry(
        name: "beale",
        title: "Beale",
        summary: "flat plateau, steep corners and a narrow curved valley to (3, 0.5)",
        domain: ViewBox(x: -4.5...4.5, y: -4.5...4.5),
        prefersLogColor: true,
        suggestedStart: Vec2(1, 1.5),
        make: { _ in Beale() },
        formula: { _ in "(1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²" })
}
