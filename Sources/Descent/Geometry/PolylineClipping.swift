/// Cuts polylines to a rectangle (Liang–Barsky), so that paths running far away, as diverging
/// runs do, reach the drawing layer as short finite pieces.
public enum PolylineClipping {
    /// The parts of the polyline through `points` that lie inside `box`, in order. A point with
    /// a non-finite coordinate ends the current part.
    public static func clip(_ points: [Vec2], to box: ViewBox) -> [[Vec2]] {
        var pieces: [[Vec2]] = []
        var current: [Vec2] = []
        func flush() {
            if current.count >= 2 { pieces.append(current) }
            current = []
        }
        if points.count == 1, let p = points.first, p.isFinite, box.contains(p) { return [[p]] }
        for (a, b) in zip(points, points.dropFirst()) {
            guard a.isFinite, b.isFinite, let (ca, cb) = clipSegment(a, b, to: box) else {
                flush()
                continue
            }
            if current.last != ca {
                flush()
                current = [ca]
            }
            current.append(cb)
            if cb != b { flush() }
        }
        flush()
        return pieces
    }

    /// The part of segment a→b inside `box`, or nil when none of it is. Exact where the segment
    /// crosses an edge (that coordinate is the edge's), and free of overflow for any finite ends.
    public static func clipSegment(_ a: Vec2, _ b: Vec2, to box: ViewBox) -> (Vec2, Vec2)? {
        // Half the difference: b − a itself may overflow when the ends are ±1e308 apart.
        let half = Vec2(b.x * 0.5 - a.x * 0.5, b.y * 0.5 - a.y * 0.5)
        var t0 = 0.0, t1 = 1.0
        var entry: Edge?, exit: Edge?
        // Liang–Barsky with p/2 and q/2, so that neither overflows: point(t) = a + 2t·half.
        let checks: [(p: Double, q: Double, edge: Edge)] = [
            (-half.x, (a.x - box.x.lowerBound) * 0.5, .x(box.x.lowerBound)),
            (half.x, (box.x.upperBound - a.x) * 0.5, .x(box.x.upperBound)),
            (-half.y, (a.y - box.y.lowerBound) * 0.5, .y(box.y.lowerBound)),
            (half.y, (box.y.upperBound - a.y) * 0.5, .y(box.y.upperBound)),
        ]
        for (p, q, edge) in checks {
            if p == 0 {
                if q < 0 { return nil }
            } else {
                let r = q / p
                if p < 0, r > t0 { (t0, entry) = (r, edge) }
                if p > 0, r < t1 { (t1, exit) = (r, edge) }
                if t0 > t1 { return nil }
            }
        }
        return (point(a, b, half, t0, on: entry), point(a, b, half, t1, on: exit))
    }

    /// An edge of the box: the coordinate it fixes.
    private enum Edge {
        case x(Double), y(Double)
    }

    /// The point at parameter t, with the crossed edge's coordinate exact and the other
    /// interpolated from the nearer end, to keep precision when one end is very far.
    private static func point(_ a: Vec2, _ b: Vec2, _ half: Vec2, _ t: Double, on edge: Edge?) -> Vec2 {
        guard let edge else { return t <= 0.5 ? a : b }
        func along(_ a: Double, _ b: Double, _ h: Double) -> Double {
            t <= 0.5 ? a + 2 * t * h : b - 2 * (1 - t) * h
        }
        switch edge {
        case let .x(x): return Vec2(x, along(a.y, b.y, half.y))
        case let .y(y): return Vec2(along(a.x, b.x, half.x), y)
        }
    }

    /// Where the polyline leaves `box`: the boundary point and the direction of travel,
    /// for each segment that starts inside and ends outside at a finite point.
    public static func exits(_ points: [Vec2], from box: ViewBox) -> [(point: Vec2, direction: Vec2)] {
        var result: [(point: Vec2, direction: Vec2)] = []
        for (a, b) in zip(points, points.dropFirst()) where a.isFinite && box.contains(a) {
            guard b.isFinite else { continue }
            guard !box.contains(b), let (_, exit) = clipSegment(a, b, to: box) else { continue }
            let d = b - a
            let unit = d / max(abs(d.x), abs(d.y))  // rescaled first: |d| may overflow
            result.append((exit, unit / unit.norm))
        }
        return result
    }
}
