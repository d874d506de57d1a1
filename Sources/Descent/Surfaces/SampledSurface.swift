/// A surface known only on a grid (computed by a network grid, or read from a file), between
/// grid points by Catmull–Rom bicubic interpolation: it passes through every sample, with a
/// continuous gradient. Outside the grid's box it takes the value at the nearest point of the
/// box (and a zero gradient across the edge).
public struct SampledSurface: Surface {
    /// The samples the surface interpolates.
    public let field: Field

    /// The interpolant of `field`.
    public init(_ field: Field) {
        self.field = field
    }

    /// The interpolated value at `p`.
    public func value(at p: Vec2) -> Double { interpolate(p).value }
    /// The gradient of the interpolant at `p`.
    public func gradient(at p: Vec2) -> Vec2 { interpolate(p).gradient }
    /// The Hessian of the interpolant at `p`.
    public func hessian(at p: Vec2) -> SymmetricMatrix2 { interpolate(p).hessian }

    /// Value and derivatives of the interpolant at `p`; NaN at a point that is not finite
    /// (where a diverged run has gone), as any formula gives there.
    func interpolate(_ p: Vec2) -> Jet {
        guard p.isFinite else {
            return Jet(value: .nan, gradient: Vec2(.nan, .nan), hessian: SymmetricMatrix2(xx: .nan, xy: .nan, yy: .nan))
        }
        let f = field
        let inX = f.box.x.contains(p.x), inY = f.box.y.contains(p.y)
        let gx = (min(max(p.x, f.box.x.lowerBound), f.box.x.upperBound) - f.box.x.lowerBound) / f.dx
        let gy = (min(max(p.y, f.box.y.lowerBound), f.box.y.upperBound) - f.box.y.lowerBound) / f.dy
        let i = min(Int(gx), f.columns - 2), j = min(Int(gy), f.rows - 2)
        let tx = gx - Double(i), ty = gy - Double(j)
        let wx = Self.weights(tx), wy = Self.weights(ty)
        var v = 0.0, vx = 0.0, vy = 0.0, vxx = 0.0, vxy = 0.0, vyy = 0.0
        for b in 0..<4 {
            let row = min(max(j - 1 + b, 0), f.rows - 1)
            for a in 0..<4 {
                let column = min(max(i - 1 + a, 0), f.columns - 1)
                let s = f[column, row]
                v += wx.0[a] * wy.0[b] * s
                vx += wx.1[a] * wy.0[b] * s
                vy += wx.0[a] * wy.1[b] * s
                vxx += wx.2[a] * wy.0[b] * s
                vxy += wx.1[a] * wy.1[b] * s
                vyy += wx.0[a] * wy.2[b] * s
            }
        }
        let sx = inX ? 1 / f.dx : 0, sy = inY ? 1 / f.dy : 0
        return Jet(value: v, gradient: Vec2(vx * sx, vy * sy),
                   hessian: SymmetricMatrix2(xx: vxx * sx * sx, xy: vxy * sx * sy, yy: vyy * sy * sy))
    }

    /// Catmull–Rom weights of the four samples around t ∈ [0, 1], and their first and second
    /// derivatives in t.
    static func weights(_ t: Double) -> ([Double], [Double], [Double]) {
        let t2 = t * t, t3 = t2 * t
        return ([(-t3 + 2 * t2 - t) / 2, (3 * t3 - 5 * t2 + 2) / 2, (-3 * t3 + 4 * t2 + t) / 2, (t3 - t2) / 2],
                [(-3 * t2 + 4 * t - 1) / 2, (9 * t2 - 10 * t) / 2, (-9 * t2 + 8 * t + 1) / 2, (3 * t2 - 2 * t) / 2],
                [(-6 * t + 4) / 2, (18 * t - 10) / 2, (-18 * t + 8) / 2, (6 * t - 2) / 2])
    }
}
