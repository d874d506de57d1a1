import Foundation
import Testing
@testable import Descent

/// `PolylineClipping.clipSegment` (Liang–Barsky) on the box [0, 4] × [0, 2]. Every expected
/// point below is exact in binary, so results are compared with `==`.
@Suite("Segment clipping")
struct SegmentClippingTests {
    static let box = ViewBox(x: 0...4, y: 0...2)

    func clip(_ a: Vec2, _ b: Vec2) -> [Vec2]? {
        PolylineClipping.clipSegment(a, b, to: Self.box).map { [$0.0, $0.1] }
    }

    @Test("a segment inside is returned unchanged, also when it ends on the boundary")
    func inside() {
        #expect(clip(Vec2(1, 1), Vec2(3, 1.5)) == [Vec2(1, 1), Vec2(3, 1.5)])
        #expect(clip(Vec2(1, 1), Vec2(4, 1)) == [Vec2(1, 1), Vec2(4, 1)])
        #expect(clip(Vec2(0, 0), Vec2(4, 2)) == [Vec2(0, 0), Vec2(4, 2)])
    }

    @Test("a segment wholly outside gives nil, even when its line crosses the box")
    func outside() {
        #expect(clip(Vec2(5, 1), Vec2(6, 2)) == nil)            // right
        #expect(clip(Vec2(-1, -1), Vec2(5, -0.5)) == nil)       // below, spanning the box's width
        #expect(clip(Vec2(-2, 1), Vec2(-1, 1)) == nil)          // on a line through the box, short of it
        #expect(clip(Vec2(2, 3), Vec2(2, 2.5)) == nil)          // above, pointing at it
        #expect(clip(Vec2(-1, 0.9), Vec2(1, -1.1)) == nil)      // x + y = −0.1 passes the corner (0, 0)
    }

    @Test("a segment crossing the box is cut at both sides, in its own direction")
    func crossing() {
        #expect(clip(Vec2(-2, 1), Vec2(6, 1)) == [Vec2(0, 1), Vec2(4, 1)])
        #expect(clip(Vec2(6, 1), Vec2(-2, 1)) == [Vec2(4, 1), Vec2(0, 1)])
        #expect(clip(Vec2(2, -6), Vec2(2, 10)) == [Vec2(2, 0), Vec2(2, 2)])
        // y = x enters through the corner (0, 0) and leaves through the top at (2, 2).
        #expect(clip(Vec2(-1, -1), Vec2(3, 3)) == [Vec2(0, 0), Vec2(2, 2)])
    }

    @Test("a segment with one end inside is cut at the boundary")
    func halfInside() {
        #expect(clip(Vec2(2, 5), Vec2(2, 1)) == [Vec2(2, 2), Vec2(2, 1)])     // enters through the top
        #expect(clip(Vec2(3, 1), Vec2(7, 3)) == [Vec2(3, 1), Vec2(4, 1.5)])   // leaves through the right
        #expect(clip(Vec2(1, 1), Vec2(-1, 3)) == [Vec2(1, 1), Vec2(0, 2)])    // leaves through the corner
    }

    @Test("touching the box at a corner only gives that single point")
    func cornerTouch() {
        // x + y = 0 meets the box only at (0, 0), x + y = 6 only at (4, 2), x − y = 4 only at (4, 0).
        #expect(clip(Vec2(-1, 1), Vec2(1, -1)) == [Vec2(0, 0), Vec2(0, 0)])
        #expect(clip(Vec2(3, 3), Vec2(5, 1)) == [Vec2(4, 2), Vec2(4, 2)])
        #expect(clip(Vec2(3, -1), Vec2(5, 1)) == [Vec2(4, 0), Vec2(4, 0)])
    }

    @Test("a segment along an edge is kept on the edge")
    func alongEdge() {
        #expect(clip(Vec2(-1, 0), Vec2(5, 0)) == [Vec2(0, 0), Vec2(4, 0)])
        #expect(clip(Vec2(4, 3), Vec2(4, -3)) == [Vec2(4, 2), Vec2(4, 0)])
        #expect(clip(Vec2(-1, 2.5), Vec2(5, 2.5)) == nil)    // parallel to the top, above it
    }

    @Test("a degenerate segment is kept when its point is in the box (boundary included)")
    func degenerate() {
        #expect(clip(Vec2(1, 1), Vec2(1, 1)) == [Vec2(1, 1), Vec2(1, 1)])
        #expect(clip(Vec2(4, 2), Vec2(4, 2)) == [Vec2(4, 2), Vec2(4, 2)])
        #expect(clip(Vec2(5, 1), Vec2(5, 1)) == nil)
        #expect(clip(Vec2(-0.5, -0.5), Vec2(-0.5, -0.5)) == nil)
    }

    @Test("seeded random segments: the result is exactly the part of the segment in the box")
    func property() {
        var rng = SeededRandom(seed: 42)
        let box = Self.box, margin = 1e-9
        func random() -> Vec2 { Vec2(.random(in: -3...7, using: &rng), .random(in: -3...5, using: &rng)) }
        func strictlyInside(_ p: Vec2) -> Bool {
            p.x > margin && p.x < 4 - margin && p.y > margin && p.y < 2 - margin
        }
        for _ in 0..<2000 {
            let a = random(), b = random(), d = b - a
            let samples = (0...200).map { Double($0) / 200 }
            let insideSamples = samples.filter { strictlyInside(a + $0 * d) }
            guard let (ca, cb) = PolylineClipping.clipSegment(a, b, to: box) else {
                #expect(insideSamples.isEmpty, "\(a) → \(b) was dropped")
                continue
            }
            if box.contains(a) && box.contains(b) { #expect(ca == a && cb == b) }
            // Both ends in the box and on the segment, at parameters t0 ≤ t1.
            let t0 = (ca - a).dot(d) / d.dot(d), t1 = (cb - a).dot(d) / d.dot(d)
            for (p, t) in [(ca, t0), (cb, t1)] {
                #expect(p.x >= -margin && p.x <= 4 + margin && p.y >= -margin && p.y <= 2 + margin)
                #expect((a + t * d - p).norm < 1e-9, "\(p) is off \(a) → \(b)")
            }
            #expect(t0 >= -1e-12 && t0 <= t1 + 1e-12 && t1 <= 1 + 1e-12)
            // Every sampled point strictly inside lies within [t0, t1].
            for t in insideSamples { #expect(t >= t0 - 1e-9 && t <= t1 + 1e-9, "\(a) → \(b) at \(t)") }
        }
    }
}
