/// The monkey saddle: a degenerate critical point with three descending valleys.
///
/// f(x, y) = x³ − 3xy² = Re (x + iy)³. Domain [−2, 2]². Critical point at (0, 0) with
/// gradient and Hessian both zero; f falls along the directions 180° and ±60°. No minima.
public struct MonkeySaddle: DifferentiableSurface {
    /// The monkey saddle; it has no parameters.
    public init() {}

    /// f at (`x`, `y`).
    public func evaluate<T: DiffScalar>(_ x: T, _ y: T) -> T {
        x * (x * x - 3 * (y * y))
    }
}

extension MonkeySaddle {
    static let catalogueEntry = CatalogueEntry(
        name: "monkey_saddle",
        title: "Monkey saddle",
        summary: "x³ − 3xy²: a flat critical point where even the Hessian vanishes",
        domain: ViewBox(x: -2...2, y: -2...2),
        prefersLogColor: false,
        suggestedStart: Vec2(1.2, 0.3),
        make: { _ in MonkeySaddle() },
        formula: { _ in "x³ − 3xy²" })
}
