/// A saturating loss: a broad plateau where the gradient all but vanishes, around one bowl.
///
/// f(x, y) = tanh(k·(√(1 + x² + y²) − 1)), k = `steepness` (default 1).
/// Like a tanh or sigmoid unit driven into saturation, f flattens out at 1 away from the
/// minimum: with r = √(x² + y²) and q = k(√(1 + r²) − 1) ≈ k(r − 1), the slope is
/// |∇f| = k·sech²(q)·r/√(1 + r²) < 4k·e^(−2q), so it shrinks by e^(−2k) per unit of distance.
/// Near the origin f ≈ ½k·r², a round bowl.
/// Domain [−6, 6]²; with k = 1, |∇f| < 0.01 on about 68% of it (r > 3.85) and < 0.001 on about
/// 45% (r > 5.03). Minimum f = 0 at (0, 0), Hessian k·I.
///
/// From the suggested start (4, 3) (f = 0.99945, |∇f| = 0.00108), plain gradient descent with
/// learning rate 0.5 keeps f > 0.99 for 904 steps, then drops to the minimum within about 100
/// more: the long plateau and sudden fall of a loss curve. Momentum 0.9 needs 147 steps to reach
/// f < 0.01, Adam (lr 0.1) 36.
public struct TanhPlateau: DifferentiableSurface {
    /// k > 0: how fast f saturates; larger k makes the bowl narrower and the plateau flatter.
    public var steepness: Double

    /// The plateau surface with saturation rate `steepness`.
    public init(steepness: Double = 1) {
        self.steepness = steepness
    }

    /// A start on the plateau (default k) from which plain GD crawls before it falls.
    public static let suggestedStart = Vec2(4, 3)
    /// The plain-GD learning rate of the documented run; stable in the bowl (lr·k < 2).
    public static let suggestedLearningRate = 0.5

    /// The minimum at the origin.
    public var knownMinima: [Vec2] { [.zero] }

    /// f at (`x`, `y`).
    public func evaluate<T: DiffScalar>(_ x: T, _ y: T) -> T {
        let distance = T.sqrt(1 + x * x + y * y) - 1
        return T.tanh(steepness * distance)
    }
}

extension TanhPlateau {
    static let catalogueEntry = CatalogueEntry(
        name: "plateau",
        title: "Plateau",
        summary: "a saturating tanh loss: a flat plateau where plain descent crawls, then a bowl",
        parameters: [
            SurfaceParameter(name: "steepness", defaultValue: 1,
                             summary: "k, how fast the loss saturates", range: 0.1...10),
        ],
        domain: ViewBox(x: -6...6, y: -6...6),
        prefersLogColor: false,
        suggestedStart: TanhPlateau.suggestedStart,
        suggestedLearningRate: TanhPlateau.suggestedLearningRate,
        make: { TanhPlateau(steepness: $0["steepness"]) },
        formula: { p in
            "tanh(\(FormulaNumber.coefficient(p["steepness"]))(√(1 + x² + y²) − 1))"
        })
}
