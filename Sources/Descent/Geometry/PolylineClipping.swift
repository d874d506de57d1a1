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

    /// The part of segment a→b inside `box`, or nil when none of it is.
    public static func clipSegment(_ a: Vec2, _ b: Vec2, to box: ViewBox) -> (Vec2, Vec2)? {
        let d = b - a
        var t0 = 0.0, t1 = 1.0
        let checks: [(Double, Double)] = [
            (-d.x, a.x - box.x.lowerBound), (d.x, box.x.upperBound - a.x),
            (-d.y, a.y - box.y.lowerBound), (d.y, box.y.upperBound - a.y),
        ]
        for (p, q) in checks {
            if p == 0 {
                if q < 0 { return nil }
            } else {
                let r = q / p
                if p < 0 { t0 = max(t0, r) } else { t1 = min(t1, r) }
                if t0 > t1 { return nil }
            }
        }
        let start = t0 == 0 ? a : a + t0 * d
        let end = t1 == 1 ? b : a + t1 * d
        return (start, end)
    }

    /// Where the polyline leaves `box`: the boundary point and the direction of travel,
    /// for each segment that starts inside and ends outside (or at a non-finite point).
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
