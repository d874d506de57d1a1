import Foundation

extension SymmetricMatrix2 {
    /// A unit eigenvector for the eigenvalue of largest magnitude: the direction of steepest
    /// curvature (for a Hessian, the axis along which gradient descent first oscillates).
    /// The zero matrix gives (1, 0).
    public var dominantEigenvector: Vec2 {
        let (low, high) = eigenvalues
        return eigenvector(for: abs(high) >= abs(low) ? high : low)
    }

    /// A unit eigenvector for `lambda`, which must be one of `eigenvalues`.
    ///
    /// (xy, λ − xx) and (λ − yy, xy) both solve (M − λI)v = 0; the longer one is used, which is
    /// the better conditioned. When both vanish (M = λI) every vector is an eigenvector: (1, 0).
    public func eigenvector(for lambda: Double) -> Vec2 {
        let a = Vec2(xy, lambda - xx), b = Vec2(lambda - yy, xy)
        let v = a.norm >= b.norm ? a : b
        let length = v.norm
        guard length > 0, length.isFinite else { return Vec2(1, 0) }
        return v / length
    }
}
