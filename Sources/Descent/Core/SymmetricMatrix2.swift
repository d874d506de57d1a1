import Foundation

/// A symmetric 2x2 matrix, as a Hessian of a surface: [[xx, xy], [xy, yy]].
public struct SymmetricMatrix2: Hashable, Sendable, Codable {
    public var xx: Double
    public var xy: Double
    public var yy: Double

    public init(xx: Double, xy: Double, yy: Double) {
        self.xx = xx
        self.xy = xy
        self.yy = yy
    }

    public var determinant: Double { xx * yy - xy * xy }
    public var trace: Double { xx + yy }

    /// Eigenvalues in ascending order (closed form for a symmetric 2x2 matrix; always real).
    public var eigenvalues: (Double, Double) {
        let mean = 0.5 * (xx + yy)
        let radius = hypot(0.5 * (xx - yy), xy)
        return (mean - radius, mean + radius)
    }

    public static func * (m: SymmetricMatrix2, v: Vec2) -> Vec2 {
        Vec2(m.xx * v.x + m.xy * v.y, m.xy * v.x + m.yy * v.y)
    }
}
