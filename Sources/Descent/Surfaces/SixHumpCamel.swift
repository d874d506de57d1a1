/// The six-hump camel function: two global and four local minima in a small box.
///
/// f(x, y) = (4 − 2.1x² + x⁴/3)x² + xy + (−4 + 4y²)y².
/// Domain x ∈ [−2, 2], y ∈ [−1, 1]. Global minima f = −1.0316284535 at ±(0.0898420, −0.7126564);
/// local minima f = −0.2154638 at ±(1.7036067, −0.7960836) and f = 2.1042503 at
/// ±(1.6071048, 0.5686515). Coordinates by Newton's method at 40 digits, rounded to Double.
public struct SixHumpCamel: DifferentiableSurface {
    /// The six-hump camel function; it has no parameters.
    public init() {}

    /// The two global minima, then the four local ones.
    public var knownMinima: [Vec2] {
        [
            Vec2(0.089842013100318062, -0.71265640302073963),
            Vec2(-0.089842013100318062, 0.71265640302073963),
            Vec2(1.7036067149699808, -0.79608356867262512),
            Vec2(-1.7036067149699808, 0.79608356867262512),
            Vec2(1.6071047529201972, 0.56865145488413137),
            Vec2(-1.6071047529201972, -0.56865145488413137),
        ]
    }

    /// f at (`x`, `y`).
    public func evaluate<T: DiffScalar>(_ x: T, _ y: T) -> T {
        let xx = x * x, yy = y * y
        let camel = (4 - 2.1 * xx + (xx * xx) / 3) * xx
        return camel + x * y + (4 * yy - 4) * yy
    }
}

extension SixHumpCamel {
    static let catalogueEntry = CatalogueEntry(
        name: "six_hump_camel",
        title: "Six-hump camel",
        summary: "two global and four local minima: which one a run finds depends on the start",
        domain: ViewBox(x: -2...2, y: -1...1),
        prefersLogColor: false,
        suggestedStart: Vec2(1, 0.9),
        make: { _ in SixHumpCamel() },
        formula: { _ in "(4 − 2.1x² + x⁴/3)x² + xy + (−4 + 4y²)y²" })
}
