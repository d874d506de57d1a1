import Foundation

/// A convex quadratic bowl with a chosen condition number and orientation.
///
/// f(x, y) = scale · ½(u² + κv²), where (u, v) = (x cos θ + y sin θ, −x sin θ + y cos θ) is
/// (x, y) in axes turned counterclockwise by θ = `rotation` degrees.
/// The Hessian is constant, with eigenvalue `scale` along (cos θ, sin θ) and `condition` · `scale`
/// along (−sin θ, cos θ). Domain [−4, 4]². Minimum f = 0 at (0, 0).
public struct QuadraticBowl: DifferentiableSurface {
    /// κ ≥ 1: ratio of the largest to the smallest curvature.
    public var condition: Double
    /// θ in degrees, counterclockwise: the direction of the gentle axis.
    public var rotation: Double {
        didSet { (cosine, sine) = Self.turn(rotation) }
    }
    /// cos θ and sin θ, kept with θ: a figure evaluates f a million times.
    private var cosine: Double, sine: Double
    /// Multiplies f (and both curvatures); > 0.
    public var scale: Double

    /// A bowl of condition number `condition`, its gentle axis turned by `rotation` degrees, f multiplied by `scale`.
    public init(condition: Double = 10, rotation: Double = 0, scale: Double = 1) {
        self.condition = condition
        self.rotation = rotation
        self.scale = scale
        (cosine, sine) = Self.turn(rotation)
    }

    private static func turn(_ degrees: Double) -> (Double, Double) {
        let theta = degrees * .pi / 180
        return (cos(theta), sin(theta))
    }

    /// The minimum at the origin.
    public var knownMinima: [Vec2] { [.zero] }

    /// f at (`x`, `y`).
    public func evaluate<T: DiffScalar>(_ x: T, _ y: T) -> T {
        let c = cosine, s = sine
        let u = c * x + s * y
        let v = c * y - s * x
        return (0.5 * scale) * (u * u + condition * (v * v))
    }
}

extension QuadraticBowl {
    static let catalogueEntry = CatalogueEntry(
        name: "quadratic",
        title: "Quadratic bowl",
        summary: "½(u² + κv²) in axes rotated by θ: the ill-conditioned valley in its simplest form",
        parameters: [
            SurfaceParameter(name: "condition", defaultValue: 10,
                             summary: "κ, ratio of steepest to gentlest curvature", range: 1...1e6),
            SurfaceParameter(name: "rotation", defaultValue: 0,
                             summary: "angle of the gentle axis, degrees counterclockwise", range: -360...360),
            SurfaceParameter(name: "scale", defaultValue: 1,
                             summary: "multiplies f; the curvatures are scale and κ·scale", range: 1e-3...1e3),
        ],
        domain: ViewBox(x: -4...4, y: -4...4),
        prefersLogColor: false,
        suggestedStart: Vec2(-3, 2),
        make: { QuadraticBowl(condition: $0["condition"], rotation: $0["rotation"], scale: $0["scale"]) },
        formula: { p in
            let factor = p["scale"] == 1 ? "½" : FormulaNumber.coefficient(p["scale"] / 2)
            let kappa = FormulaNumber.coefficient(p["condition"])
            let rotation = p["rotation"]
            if rotation.remainder(dividingBy: 360) == 0 {
                return "\(factor)(x² + \(kappa)y²)"
            }
            return "\(factor)(u² + \(kappa)v²), (u, v) = (x, y) rotated by \(FormulaNumber.text(rotation))°"
        })
}
