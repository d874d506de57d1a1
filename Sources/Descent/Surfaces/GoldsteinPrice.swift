/// The Goldstein–Price function: a steep polynomial with one global and three local minima.
///
/// f(x, y) = [1 + (x + y + 1)²(19 − 14x + 3x² − 14y + 6xy + 3y²)]
///         · [30 + (2x − 3y)²(18 − 32x + 12x² + 48y − 36xy + 27y²)].
/// Domain [−2, 2]²; values from 3 to about 10⁶, so log colour. Global minimum f = 3 at (0, −1);
/// local minima f = 30 at (−0.6, −0.4), f = 84 at (1.8, 0.2), f = 840 at (1.2, 0.8).
public struct GoldsteinPrice: DifferentiableSurface {
    /// The Goldstein–Price function; it has no parameters.
    public init() {}

    /// The global minimum (0, −1), then the three local minima.
    public var knownMinima: [Vec2] {
        [Vec2(0, -1), Vec2(-0.6, -0.4), Vec2(1.8, 0.2), Vec2(1.2, 0.8)]
    }

    /// f at (`x`, `y`).
    public func evaluate<T: DiffScalar>(_ x: T, _ y: T) -> T {
        let xx = x * x, xy = x * y, yy = y * y
        let s = x + y + 1
        let d = 2 * x - 3 * y
        let first = 1 + (s * s) * (19 - 14 * x + 3 * xx - 14 * y + 6 * xy + 3 * yy)
        let second = 30 + (d * d) * (18 - 32 * x + 12 * xx + 48 * y - 36 * xy + 27 * yy)
        return first * second
    }
}

extension GoldsteinPrice {
    static let catalogueEntry = CatalogueEntry(
        name: "goldstein_price",
        title: "Goldstein–Price",
        summary: "steep polynomial: global minimum 3 at (0, −1) and three local minima",
        domain: ViewBox(x: -2...2, y: -2...2),
        prefersLogColor: true,
        suggestedStart: Vec2(-0.5, 1.5),
        make: { _ in GoldsteinPrice() },
        formula: { _ in
            "[1 + (x + y + 1)²(19 − 14x + 3x² − 14y + 6xy + 3y²)]"
                + "·[30 + (2x − 3y)²(18 − 32x + 12x² + 48y − 36xy + 27y²)]"
        })
}
