/// PyTorch's `torch.nn.utils` gradient clipping, on a flat gradient, in place.
enum GradientClipping {
    /// `clip_grad_value_`: clamps each component to [−limit, limit]; NaN stays NaN.
    static func clipValue(_ gradient: inout [Double], limit: Double) {
        for i in gradient.indices {
            if gradient[i] > limit {
                gradient[i] = limit
            } else if gradient[i] < -limit {
                gradient[i] = -limit
            }
        }
    }

    /// `clip_grad_norm_` with the 2-norm: coef = maxNorm / (‖g‖ + 1e-6); g ← coef·g when
    /// coef < 1 (PyTorch multiplies by min(coef, 1), so a NaN coef makes every component NaN).
    static func clipNorm(_ gradient: inout [Double], maxNorm: Double) {
        var sumOfSquares = 0.0
        for g in gradient { sumOfSquares += g * g }
        let coef = maxNorm / (sumOfSquares.squareRoot() + 1e-6)
        if !(coef >= 1) {
            for i in gradient.indices { gradient[i] *= coef }
        }
    }
}
