/// Where continuous gradient descent (the flow dθ/dt = −∇f) from a point ends: which minimum's
/// basin of attraction, or which saddle's stable line, the point lies in.
public enum GradientFlow {
    /// The critical point the flow from `start` reaches, or nil when it leaves the view (grown by
    /// half) or has not arrived after 20 000 steps.
    ///
    /// Steps θ ← θ − h∇f with h = min(0.5 / max|λ(∇²f)|, s / |∇f|), s = 0.005 of the view's
    /// diagonal: stable where curved, never longer than s where flat. Arrived: within the
    /// survey's settle radius of a minimum, or of a saddle or maximum for 200 steps in a row (a
    /// flow that only passes near a saddle goes on).
    public static func destination(from start: Vec2, survey: LandscapeSurvey) -> CriticalPoint? {
        let surface = survey.surface
        let reach = survey.view.grown(by: 0.5)
        let longest = 0.005 * survey.view.diagonal
        var p = start
        var nearSaddle = 0
        for _ in 0..<20_000 {
            let near = survey.nearestCriticalPoint(to: p).flatMap {
                ($0.position - p).norm <= survey.settleRadius ? $0 : nil
            }
            if let near {
                if near.kind == .minimum { return near }
                nearSaddle += 1
                if nearSaddle >= 200 { return near }
            } else {
                nearSaddle = 0
            }
            let g = surface.gradient(at: p)
            let slope = g.norm
            guard slope.isFinite else { return nil }
            guard slope > 0 else { return near }
            let (low, high) = surface.hessian(at: p).eigenvalues
            let curvature = max(abs(low), abs(high))
            var h = longest / slope
            if curvature.isFinite && curvature > 0 { h = min(h, 0.5 / curvature) }
            p -= h * g
            guard reach.contains(p) else { return nil }
        }
        return nil
    }
}
