/// Rosenbrock's banana valley: easy to find, slow to follow.
///
/// f(x, y) = (a − x)² + b(y − x²)², with a = 1, b = 100 by default.
/// Domain x ∈ [−2, 2], y ∈ [−1, 3]. Minimum f = 0 at (a, a²) (b > 0), at the end of a curved,
/// flat-bottomed valley along y = x².
public struct Rosenbrock: DifferentiableSurface {
    /// Where the minimum lies: at (a, a²).
    public var a: Double
    /// Steepness of the valley walls; > 0.
    public var b: Double

    /// Rosenbrock's function with the given constants; the defaults are the standard ones.
    public init(a: Double = 1, b: Double = 100) {
        self.a = a
        self.b = b
    }

    /// The minimum at (a, a²).
    public var knownMinima: [Vec2] { [Vec2(a, a * a)] }

    /// f at (`x`, `y`).
    public func evaluate<T: DiffScalar>(_ x: T, _ y: T) -> T {
        let d = a - x
        let valley = y - x * x
        return d * d + b * (valley * valley)
    }
}

extension Rosenbrock {
    static let catalogueEntry = CatalogueEntry(
        name: "rosenbrock",
        title: "Rosenbrock",
        summary: "curved narrow valley; the minimum is easy to approach and slow to reach",
        parameters: [
            SurfaceParameter(name: "a", defaultValue: 1,
                             summary: "the minimum is at (a, a²)", range: -5...5),
            SurfaceParameter(name: "b", defaultValue: 100,
                             summary: "steepness of the valley walls", range: 1e-2...1e4),
        ],
        domain: ViewBox(x: -2...2, y: -1...3),
        prefersLogColor: true,
        suggestedStart: Vec2(-1.2, 1),
        make: { Rosenbrock(a: $0["a"], b: $0["b"]) },
        formula: { p in
            let a = p["a"]
            let first = a == 0 ? "x²" : "(\(FormulaNumber.text(a)) − x)²"
            return first + " + \(FormulaNumber.coefficient(p["b"]))(y − x²)²"
        })
}
