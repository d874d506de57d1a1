import Foundation

/// Finds the minima, maxima and saddles of a surface in a view: Newton's method on ∇f = 0 from
/// a grid of seeds, duplicates merged, each point classified by its Hessian.
///
/// - Seeds: the centres of a `seeds` × `seeds` grid over the search box (the view grown by 5 %
///   on every side, so points on the frame are found), plus the surface's known minima.
/// - Newton: p ← p − H⁻¹∇f, each step at most a quarter of the box's diagonal, at most 100
///   steps; a seed is dropped when H is singular, when p leaves the box grown by half, or when
///   it has not converged. Converged: |∇f| ≤ 10⁻⁹ · G, where G is the largest |∇f| among the
///   seeds (a scale for "zero" that does not depend on units), and the last step shorter than
///   2.5 × 10⁻¹¹ of the diagonal (at a degenerate point Newton converges only linearly).
/// - Merged: points closer than 10⁻⁶ of the diagonal are one; a known minimum replaces the
///   point found near it, so markers sit exactly where the catalogue says.
/// - Classified by the Hessian's eigenvalues λ₁ ≤ λ₂ against 10⁻⁷ · Λ (Λ the largest |λ| among
///   the seeds): both positive a minimum, both negative a maximum, opposite signs a saddle.
///   Otherwise the point is degenerate and f − f(p) on a circle of radius 10⁻³ of the diagonal
///   decides: all rises a minimum, all falls a maximum, both a saddle (the monkey saddle), and
///   no change at all (a flat plateau, not an isolated point) drops the point.
public enum CriticalPointFinder {
    /// The critical points of `surface` in `box` (grown by 5 %), sorted by kind (minima first),
    /// then by value, then by position.
    ///
    /// `standIn`: a cheap approximation of an expensive surface (a network's loss sampled on a
    /// grid, whose every exact gradient is a pass over all samples). Newton then runs from the
    /// seeds on the stand-in, and each root it finds is polished on `surface` (at most 40
    /// steps, the same convergence test): a few hundred exact evaluations instead of up to
    /// 51 200, the points still exactly those of `surface`.
    public static func find(on surface: any Surface, in box: ViewBox, seeds: Int = 16,
                            standIn: (any Surface)? = nil) -> [CriticalPoint] {
        let search = box.grown(by: 0.05)
        let diagonal = box.diagonal
        let n = max(2, seeds)
        var starts: [Vec2] = []
        for row in 0..<n {
            for column in 0..<n {
                starts.append(Vec2(search.x.lowerBound + (Double(column) + 0.5) * search.width / Double(n),
                                   search.y.lowerBound + (Double(row) + 0.5) * search.height / Double(n)))
            }
        }
        let known = surface.knownMinima.filter { search.contains($0) }
        starts += known

        let gradientScale = starts.map { surface.gradient(at: $0).norm }.filter(\.isFinite).max() ?? 0
        let curvatureScale = starts.map { p -> Double in
            let (low, high) = surface.hessian(at: p).eigenvalues
            return max(abs(low), abs(high))
        }.filter(\.isFinite).max() ?? 0
        guard gradientScale > 0 else { return [] }

        let limit = search.grown(by: 0.5)
        let seeds = starts
        let tolerance = 1e-9 * gradientScale
        var roots: [Vec2?]
        if let standIn {
            let near = Parallel.results(seeds.count) { i in
                newton(from: seeds[i], on: standIn, tolerance: 1e-9 * gradientScale, maxStep: 0.25 * diagonal, limit: limit)
            }
            var distinct: [Vec2] = []
            for root in near.compactMap({ $0 }) where !distinct.contains(where: { ($0 - root).norm <= 1e-6 * diagonal }) {
                distinct.append(root)
            }
            roots = Parallel.results(distinct.count) { [distinct] i in
                newton(from: distinct[i], on: surface, tolerance: tolerance, maxStep: 0.25 * diagonal, limit: limit, steps: 40)
            }
        } else {
            roots = Parallel.results(seeds.count) { i in
                newton(from: seeds[i], on: surface, tolerance: tolerance, maxStep: 0.25 * diagonal, limit: limit)
            }
        }

        var points: [Vec2] = []
        let merge = 1e-6 * diagonal
        for root in roots.compactMap({ $0 }) where search.contains(root) {
            if !points.contains(where: { ($0 - root).norm <= merge }) { points.append(root) }
        }
        for minimum in known {
            points.removeAll { ($0 - minimum).norm <= merge }
            points.append(minimum)
        }

        let result = points.compactMap { p in
            classify(p, on: surface, curvatureTolerance: 1e-7 * curvatureScale, radius: 1e-3 * diagonal)
        }
        return result.sorted { a, b in
            let order: [CriticalPoint.Kind] = [.minimum, .saddle, .maximum]
            if a.kind != b.kind { return order.firstIndex(of: a.kind)! < order.firstIndex(of: b.kind)! }
            if a.value != b.value { return a.value < b.value }
            return a.position.x != b.position.x ? a.position.x < b.position.x : a.position.y < b.position.y
        }
    }

    /// Newton's method on ∇f = 0 from `start`; nil when it fails (see the type's rules).
    static func newton(from start: Vec2, on surface: any Surface, tolerance: Double,
                       maxStep: Double, limit: ViewBox, steps: Int = 100) -> Vec2? {
        var p = start
        for _ in 0..<steps {
            let g = surface.gradient(at: p)
            guard g.isFinite else { return nil }
            if g == .zero { return p }
            let h = surface.hessian(at: p)
            let det = h.determinant
            guard det != 0, det.isFinite else { return nil }
            // H⁻¹ = [[yy, −xy], [−xy, xx]] / det.
            var step = Vec2(h.yy * g.x - h.xy * g.y, h.xx * g.y - h.xy * g.x) / det
            let length = step.norm
            guard length.isFinite else { return nil }
            if length > maxStep { step = step * (maxStep / length) }
            p -= step
            guard limit.contains(p) else { return nil }
            // Near a degenerate point |∇f| is small long before p is close (Newton converges
            // only linearly there), so the step must have become small too.
            if g.norm <= tolerance && length <= 1e-10 * maxStep { return p }
        }
        return nil
    }

    /// The kind of the critical point at `p`, or nil when f is flat around it.
    static func classify(_ p: Vec2, on surface: any Surface, curvatureTolerance: Double,
                         radius: Double) -> CriticalPoint? {
        let value = surface.value(at: p)
        let (low, high) = surface.hessian(at: p).eigenvalues
        func point(_ kind: CriticalPoint.Kind, degenerate: Bool) -> CriticalPoint {
            CriticalPoint(position: p, value: value, kind: kind, lowCurvature: low, highCurvature: high, degenerate: degenerate)
        }
        if low > curvatureTolerance { return point(.minimum, degenerate: false) }
        if high < -curvatureTolerance { return point(.maximum, degenerate: false) }
        if low < -curvatureTolerance && high > curvatureTolerance { return point(.saddle, degenerate: false) }
        var rises = false, falls = false
        let flat = 1e-13 * max(abs(value), 1)
        for i in 0..<72 {
            let angle = Double(i) * .pi / 36
            let change = surface.value(at: p + radius * Vec2(cos(angle), sin(angle))) - value
            if change > flat { rises = true } else if change < -flat { falls = true }
        }
        switch (rises, falls) {
        case (true, true): return point(.saddle, degenerate: true)
        case (true, false): return point(.minimum, degenerate: true)
        case (false, true): return point(.maximum, degenerate: true)
        case (false, false): return nil
        }
    }
}
