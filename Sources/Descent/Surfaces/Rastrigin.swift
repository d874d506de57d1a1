/// Rastrigin's function: a bowl covered in a regular grid of local minima.
///
/// f(x, y) = 2A + x² + y² − A(cos 2πx + cos 2πy), with A = 10 by default (A ≥ 0).
/// Domain [−5.12, 5.12]². Global minimum f = 0 at (0, 0); a local minimum near every integer
/// point (only the global one is marked).
public struct Rastrigin: DifferentiableSurface {
    /// A, the depth of the ripples; 0 leaves the bowl x² + y².
    public var amplitude: Double

    /// Rastrigin's function with ripples of depth `amplitude`.
    public init(amplitude: Double = 10) {
        self.amplitude = amplitude
    }

    /// The global minimum at the origin.
    public var knownMinima: [Vec2] { [.zero] }

    /// f at (`x`, `y`).
    public func evaluate<T: DiffScalar>(_ x: T, _ y: T) -> T {
        let w = 2 * Double.pi
        let ripples = T.cos(w * x) + T.cos(w * y)
        return 2 * amplitude + x * x + y * y - amplitude * ripples
    }
}

extension Rastrigin {
    static let catalogueEntry = CatalogueEntry(
        name: "rastrigin",
        title: "Rastrigin",
        summary: "a bowl under a grid of local minima; only the centre one is global",
        parameters: [
            SurfaceParameter(name: "a", defaultValue: 10,
                             summary: "A, depth of the ripples", range: 0...100),
        ],
        domain: ViewBox(x: -5.12...5.12, y: -5.12...5.12),
        prefersLogColor: false,
        suggestedStart: Vec2(3.3, 2.7),
        make: { Rastrigin(amplitude: $0["a"]) },
        formula: { p in
            let a = p["a"]
            if a == 0 { return "x² + y²" }
            return "\(FormulaNumber.text(2 * a)) + x² + y² − "
                + "\(FormulaNumber.coefficient(a))(cos 2πx + cos 2πy)"
        })
}
