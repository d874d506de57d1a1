/// A plane through parameter space: θ(α, β) = origin + α·u + β·v.
public struct Plane: Sendable {
    /// θ(0, 0).
    public var origin: [Double]
    /// The direction of α.
    public var u: [Double]
    /// The direction of β.
    public var v: [Double]
    /// Axis names for figures: `α (random direction, filter-normalized)`, `PC1 (93.0 % of variance)`.
    public var xLabel: String
    /// Axis name for β.
    public var yLabel: String

    /// The plane origin + α·u + β·v, with axis names; the three arrays must have the same count.
    public init(origin: [Double], u: [Double], v: [Double], xLabel: String = "α", yLabel: String = "β") {
        precondition(origin.count == u.count && u.count == v.count)
        self.origin = origin
        self.u = u
        self.v = v
        self.xLabel = xLabel
        self.yLabel = yLabel
    }

    /// origin + α·u + β·v.
    public func point(_ alpha: Double, _ beta: Double) -> [Double] {
        var theta = origin
        for i in theta.indices { theta[i] += alpha * u[i] + beta * v[i] }
        return theta
    }

    /// The plane coordinates of the point of the plane closest to `theta` (least squares:
    /// the 2 × 2 normal equations of [u v]).
    public func coordinates(of theta: [Double]) -> Vec2 {
        var uu = 0.0, uv = 0.0, vv = 0.0, ud = 0.0, vd = 0.0
        for i in theta.indices {
            let d = theta[i] - origin[i]
            uu += u[i] * u[i]
            uv += u[i] * v[i]
            vv += v[i] * v[i]
            ud += u[i] * d
            vd += v[i] * d
        }
        let det = uu * vv - uv * uv
        guard det > 0 else { return Vec2(uu > 0 ? ud / uu : 0, 0) }
        return Vec2((vv * ud - uv * vd) / det, (uu * vd - uv * ud) / det)
    }
}
