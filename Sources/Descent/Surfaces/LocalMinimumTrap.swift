import Foundation

/// A tilted double well: a deep global basin and a shallow side basin that traps plain descent.
///
/// f(x, y) = (x² − 1)² + τx + ½y², τ = `tilt` (default 0.5; two wells while
/// |τ| < 8/(3√3) ≈ 1.54). Domain [−2, 2]². The minima lie on y = 0 at the roots of
/// 4x³ − 4x + τ = 0; with τ = 0.5: global minimum f = −0.5147536 at (−1.0574538, 0), local
/// minimum f = 0.4832515 at (0.9304029, 0), barrier (saddle) f = 1.0315021 at (0.1270508, 0).
///
/// From the suggested start (1.8, 1.5) with learning rate 0.01, plain gradient descent slides
/// into the side basin and stays (within 1e-6 of (0.9304029, 0) after 1415 steps), while SGD
/// with momentum 0.9 (torch rule: buf = 0.9·buf + g, buf = g at the first step; θ −= lr·buf)
/// carries enough speed down the outer wall to cross the barrier once, reaching x = −1.38, and
/// settles in the global basin (within 1e-6 of (−1.0574538, 0) after 237 steps). The outcome is
/// the same for every start in [1.7, 1.9] × [1.2, 1.8] and learning rate in [0.007, 0.015].
public struct LocalMinimumTrap: DifferentiableSurface {
    /// τ, the slope added along x; it lowers the left well and raises the right one.
    public var tilt: Double

    /// The double well with slope `tilt`.
    public init(tilt: Double = 0.5) {
        self.tilt = tilt
    }

    /// Where plain GD gets trapped and momentum 0.9 escapes (default tilt).
    public static let suggestedStart = Vec2(1.8, 1.5)
    /// The learning rate of the documented runs, shared by plain GD and momentum.
    public static let suggestedLearningRate = 0.01

    /// The global minimum, then the local one while both wells exist (|τ| < 8/(3√3)): the roots
    /// of x³ − x + τ/4 = 0 other than the barrier. Two wells: x = (2/√3)·cos(φ/3 − 2πj/3),
    /// φ = arccos(−3√3·τ/8), j = 2 the left well and j = 0 the right one (j = 1 the barrier).
    /// One well: Cardano's formula for the single real root.
    public var knownMinima: [Vec2] {
        let q = tilt / 4
        let discriminant = q * q / 4 - 1.0 / 27
        if discriminant >= 0 {
            let r = discriminant.squareRoot()
            return [Vec2(cbrt(-q / 2 + r) + cbrt(-q / 2 - r), 0)]
        }
        let phi = acos(-3 * 3.0.squareRoot() * tilt / 8)
        let root = { (j: Double) in Vec2(2 / 3.0.squareRoot() * cos(phi / 3 - 2 * .pi * j / 3), 0) }
        return tilt >= 0 ? [root(2), root(0)] : [root(0), root(2)]
    }

    /// f at (`x`, `y`).
    public func evaluate<T: DiffScalar>(_ x: T, _ y: T) -> T {
        let well = x * x - 1
        return well * well + tilt * x + 0.5 * (y * y)
    }
}

extension LocalMinimumTrap {
    static let catalogueEntry = CatalogueEntry(
        name: "trap",
        title: "Local-minimum trap",
        summary: "a tilted double well: plain descent stops in the side basin, momentum escapes",
        parameters: [
            SurfaceParameter(name: "tilt", defaultValue: 0.5,
                             summary: "τ, how much deeper the left well is", range: 0...1.5),
        ],
        domain: ViewBox(x: -2...2, y: -2...2),
        prefersLogColor: false,
        suggestedStart: LocalMinimumTrap.suggestedStart,
        suggestedLearningRate: LocalMinimumTrap.suggestedLearningRate,
        make: { LocalMinimumTrap(tilt: $0["tilt"]) },
        formula: { p in "(x² − 1)²" + FormulaNumber.signedTerm(p["tilt"], "x") + " + ½y²" })
}
