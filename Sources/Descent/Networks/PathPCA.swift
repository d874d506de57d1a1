/// The top two principal directions of a training path, as Li et al. 2018 compute them:
/// PCA (centred, as scikit-learn's `PCA`) of the points θᵢ − θ_final, the final point excluded.
public struct PathPCA: Sendable {
    /// Unit, orthogonal directions, the first of larger variance.
    public var first: [Double]
    /// Unit direction of second-largest variance, orthogonal to `first`.
    public var second: [Double]
    /// Fractions of the total variance each explains, in [0, 1].
    public var explained: (Double, Double)

    /// PCA of `points` around `final`. Needs two points or more besides `final`. Each
    /// direction's sign makes the path's start (`points[0]`) project negative, so paths run
    /// left to right and bottom to top. Subspace iteration (4 vectors, the data matrix applied
    /// implicitly) to convergence of the top two to 1e−12, at most 2000 iterations.
    public init(points: [[Double]], final: [Double]) {
        let rows = points.count, p = final.count
        precondition(rows >= 2)
        // Centred M (rows × p).
        var mean = [Double](repeating: 0, count: p)
        for x in points { for j in 0..<p { mean[j] += (x[j] - final[j]) / Double(rows) } }
        var m = [Double](repeating: 0, count: rows * p)
        var total = 0.0
        for (i, x) in points.enumerated() {
            for j in 0..<p {
                let c = x[j] - final[j] - mean[j]
                m[i * p + j] = c
                total += c * c
            }
        }
        let k = min(4, rows, p)
        var random = NoiseGenerator(seed: 7)
        var q = (0..<k).map { _ in (0..<p).map { _ in random.nextGaussian() } }
        Self.orthonormalize(&q)
        var values = [Double](repeating: 0, count: k)
        for _ in 0..<2000 {
            // q ← orth(Mᵀ M q); eigenvalues by the Rayleigh quotient.
            var next = q.map { v -> [Double] in
                var mv = [Double](repeating: 0, count: rows)
                for i in 0..<rows { var s = 0.0; for j in 0..<p { s += m[i * p + j] * v[j] }; mv[i] = s }
                var out = [Double](repeating: 0, count: p)
                for i in 0..<rows where mv[i] != 0 { for j in 0..<p { out[j] += m[i * p + j] * mv[i] } }
                return out
            }
            let newValues = (0..<k).map { Self.dot(q[$0], next[$0]) }
            Self.orthonormalize(&next)
            let change = (0..<min(2, k)).map { 1 - abs(Self.dot(q[$0], next[$0])) }.max()!
            q = next
            values = newValues
            if change < 1e-12 { break }
        }
        // Order the top two by variance (subspace iteration keeps them sorted once converged).
        if values.count > 1, values[1] > values[0] { q.swapAt(0, 1); values.swapAt(0, 1) }
        for d in 0..<min(2, k) {
            let start = zip(points[0], final).map { $0 - $1 }
            if Self.dot(start, q[d]) > 0 { q[d] = q[d].map { -$0 } }
        }
        first = q[0]
        second = k > 1 ? q[1] : [Double](repeating: 0, count: p)
        explained = total > 0 ? (values[0] / total, k > 1 ? values[1] / total : 0) : (0, 0)
    }

    /// Gram–Schmidt, twice for accuracy; a vector that vanishes is left zero.
    static func orthonormalize(_ q: inout [[Double]]) {
        for i in q.indices {
            for _ in 0..<2 {
                for j in 0..<i {
                    let d = dot(q[i], q[j])
                    for t in q[i].indices { q[i][t] -= d * q[j][t] }
                }
            }
            let n = q[i].reduce(0) { $0 + $1 * $1 }.squareRoot()
            if n > 0 { q[i] = q[i].map { $0 / n } }
        }
    }

    static func dot(_ a: [Double], _ b: [Double]) -> Double {
        var s = 0.0
        for i in a.indices { s += a[i] * b[i] }
        return s
    }
}
