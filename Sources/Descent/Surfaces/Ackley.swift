import Foundation

/// Ackley's function: a nearly flat, rippled outer region around a single deep funnel.
///
/// f(x, y) = −a·exp(−b·√(½(x² + y²))) − exp(½(cos cx + cos cy)) + a + e,
/// with a = 20, b = 0.2, c = 2π by default. Domain [−5, 5]². Global minimum f = 0 at (0, 0),
/// surrounded by a local minimum near each integer point (only the global one is marked).
///
/// At the origin the textbook formula is a cone (√ of a square): no gradient there, and its
/// derivatives are 0/0 in autodiff. It is evaluated with √(½(x² + y²) + ε²) − ε in place of
/// √(½(x² + y²)), ε = `smoothing` = 1e-8: this changes f by at most a·b·ε (4e-8 with the
/// defaults) anywhere and not at all at the origin, where f = 0 exactly, ∇f = (0, 0) (the
/// minimum-norm subgradient of the cone) and ∇²f = (a·b/(2ε) + e·c²/2)·I, finite and
/// positive definite. Never NaN.
public struct Ackley: DifferentiableSurface {
    /// ε: the radius below which the cone at the origin is rounded into a paraboloid.
    public static let smoothing = 1e-8

    /// Depth of the funnel; ≥ 0.
    public var a: Double
    /// Width of the funnel: larger is narrower; > 0.
    public var b: Double
    /// Angular frequency of the ripples; 2π puts one ripple minimum at each integer point.
    public var c: Double

    /// Ackley's function with the given constants; the defaults are the standard ones.
    public init(a: Double = 20, b: Double = 0.2, c: Double = 2 * .pi) {
        self.a = a
        self.b = b
        self.c = c
    }

    /// The global minimum at the origin.
    public var knownMinima: [Vec2] { [.zero] }

    /// f at (`x`, `y`), with the cone at the origin rounded by `smoothing`.
    public func evaluate<T: DiffScalar>(_ x: T, _ y: T) -> T {
        let epsilon = Ackley.smoothing
        let radius = T.sqrt(0.5 * (x * x + y * y) + epsilon * epsilon) - epsilon
        let funnel = a * (1 - T.exp(-b * radius))
        let ripples = M_E - T.exp(0.5 * (T.cos(c * x) + T.cos(c * y)))
        return funnel + ripples
    }
}

extension Ackley {
    static let catalogueEntry = CatalogueEntry(
        name: "ackley",
        title: "Ackley",
        summary: "a rippled, almost flat outer region around one deep funnel at the origin",
        parameters: [
            SurfaceParameter(name: "a", defaultValue: 20, summary: "depth of the funnel", range: 0...100),
            SurfaceParameter(name: "b", defaultValue: 0.2,
                             summary: "narrowness of the funnel", range: 1e-3...10),
            SurfaceParameter(name: "c", defaultValue: 2 * .pi,
                             summary: "angular frequency of the ripples", range: 0...20),
        ],
        domain: ViewBox(x: -5...5, y: -5...5),
        prefersLogColor: false,
        suggestedStart: Vec2(2.7, 3.3),
        make: { Ackley(a: $0["a"], b: $0["b"], c: $0["c"]) },
        formula: { p in
            let a = FormulaNumber.text(p["a"])
            let b = FormulaNumber.coefficient(p["b"])
            let c = FormulaNumber.frequency(p["c"])
            return "−\(a)·exp(−\(b)√(½(x² + y²))) − exp(½(cos \(c)x + cos \(c)y)) + \(a) + e"
        })
}
