/// Douglas–Peucker simplification: drops points that lie within a tolerance of the line through
/// their neighbours, so dense contour polylines draw fast and stay visually identical.
public enum PolylineSimplification {
    /// The subset of `points` (first and last always kept) such that every dropped point lies
    /// within `tolerance` of the kept polyline. Iterative: no recursion on long lines.
    public static func simplify(_ points: [Vec2], tolerance: Double) -> [Vec2] {
        keptIndices(points, tolerance: tolerance).map { points[$0] }
    }

    /// The indices of the points `simplify` keeps, in increasing order.
    public static func keptIndices(_ points: [Vec2], tolerance: Double) -> [Int] {
        guard points.count > 2 else { return Array(points.indices) }
        var keep = [Bool](repeating: false, count: points.count)
        keep[0] = true
        keep[points.count - 1] = true
        var stack = [(0, points.count - 1)]
        let limit = tolerance * tolerance
        while let (first, last) = stack.popLast() {
            guard last > first + 1 else { continue }
            var farthest = first, farthestDistance = -1.0
            for i in (first + 1)..<last {
                let d = squaredDistance(points[i], toSegment: points[first], points[last])
                if d > farthestDistance {
                    farthest = i
                    farthestDistance = d
                }
            }
            if farthestDistance > limit {
                keep[farthest] = true
                stack.append((first, farthest))
                stack.append((farthest, last))
            }
        }
        return points.indices.filter { keep[$0] }
    }

    /// Squared distance from `p` to the segment a–b.
    static func squaredDistance(_ p: Vec2, toSegment a: Vec2, _ b: Vec2) -> Double {
        let d = b - a
        let lengthSquared = d.dot(d)
        let t = lengthSquared > 0 ? min(max((p - a).dot(d) / lengthSquared, 0), 1) : 0
        let q = a + t * d
        return (p - q).dot(p - q)
    }
}
