import Foundation

/// Samples a loss over a grid of a plane through parameter space on all cores: each grid point
/// θ(α, β) is formed in float32 and scored alone, so a band of rows split among processes gives
/// the same bits as the whole grid.
enum PlaneSampler {
    /// The loss at the points of rows `band` of a `columns` × `rows` grid over `box`, row by row
    /// from `band.lowerBound`. `loss` scores one θ with its own scratch memory of
    /// `scratchCount` floats; `progress` is called with the points done, from any thread.
    static func values(_ plane: Plane, box: ViewBox, columns: Int, rows: Int, band: Range<Int>, scratchCount: Int,
                       progress: (@Sendable (Int) -> Void)?, loss: @Sendable (_ theta: [Float], _ scratch: inout [Float]) -> Double) -> [Double] {
        let origin = plane.origin.map(Float.init), u = plane.u.map(Float.init), v = plane.v.map(Float.init)
        let count = columns * band.count
        var values = [Double](repeating: .nan, count: count)
        let done = Counter()
        Parallel.fill(&values, chunk: max(1, min(64, count / (8 * ProcessInfo.processInfo.activeProcessorCount)))) { range, out in
            var theta = origin
            var scratch = [Float](repeating: 0, count: scratchCount)
            for (k, index) in range.enumerated() {
                let column = index % columns, row = band.lowerBound + index / columns
                let a = Float(box.x.lowerBound + Double(column) * box.width / Double(columns - 1))
                let b = Float(box.y.lowerBound + Double(row) * box.height / Double(rows - 1))
                for i in theta.indices { theta[i] = origin[i] + a * u[i] + b * v[i] }
                out[k] = loss(theta, &scratch)
            }
            if let progress { progress(done.add(range.count)) }
        }
        return values
    }
}
