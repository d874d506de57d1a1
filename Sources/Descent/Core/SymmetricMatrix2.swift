import Foundation

/// A symmetric 2x2 matrix, as a Hessian of a surface: [[xx, xy], [xy, yy]].
public struct SymmetricMatrix2: Hashable, Sendable, Codable {
    /// The entry ∂²f/∂x².
    public var xx: Double
    /// The off-diagonal entry ∂²f/∂x∂y, the same in both places.
    public var xy: Double
    /// The entry ∂²f/∂y².
    public var yy: Double

    /// The matrix [[xx, xy], [xy, yy]].
    public init(xx: Double, xy: Double, yy: Double) {
        self.xx = xx
        self.xy = xy
        self.yy = yy
    }

    /// The determinant, the product of the eigenvalues: negative at a saddle.
    public var determinant: Double { xx * yy - xy * xy }
    /// The trace, the sum of the eigenvalues.
    public var trace: Double { xx + yy }

    /// Eigenvalues in ascending order (closed form for a symmetric 2x2 matrix; always real).
    public var eigenvalues: (Double, Double) {
        let mean = 0.5 * (xx + yy)
        let radius = hypot(0.5 * (xx - yy), xy)
        return (mean - radius, mean + radius)
    }

    /// The matrix applied to the vector `v`.
    public static func * (m: SymmetricMatrix2, v: Vec2) -> Vec2 {
        Vec2(m.xx * v.x + m.xy * v.y, m.xy * v.x + m.yy * v.y)
    }
}
