import Foundation
import Testing
@testable import Descent

/// `PolylineClipping.clip` and `exits` on the box [0, 4] × [0, 2].
@Suite("Polyline clipping and exits")
struct PolylineClippingTests {
    static let box = ViewBox(x: 0...4, y: 0...2)

    func clip(_ points: [Vec2]) -> [[Vec2]] { PolylineClipping.clip(points, to: Self.box) }

    @Test("a polyline inside is one piece, unchanged")
    func inside() {
        let points = [Vec2(1, 1), Vec2(2, 1.5), Vec2(3, 0.5), Vec2(4, 2)]
        #expect(clip(points) == [points])
    }

    @Test("empty, single-point and wholly outside polylines")
    func trivial() {
        #expect(clip([]) == [])
        #expect(clip([Vec2(1, 1)]) == [[Vec2(1, 1)]])
        #expect(clip([Vec2(5, 1)]) == [])
        #expect(clip([Vec2(.nan, 1)]) == [])
        #expect(clip([Vec2(5, 5), Vec2(6, 6), Vec2(7, 5), Vec2(8, -1), Vec2(-1, -1)]) == [])
    }

    @Test("leaving and re-entering gives separate pieces, cut at the boundary")
    func reentry() {
        let points = [Vec2(1, 1), Vec2(3, 1), Vec2(5, 1), Vec2(3, 1.5), Vec2(2, 1.5)]
        // Leaves at (4, 1); (5, 1) → (3, 1.5) comes back at x = 4, halfway: (4, 1.25).
        #expect(clip(points) == [[Vec2(1, 1), Vec2(3, 1), Vec2(4, 1)], [Vec2(4, 1.25), Vec2(3, 1.5), Vec2(2, 1.5)]])
    }

    @Test("a segment passing through with no vertex inside is a piece of its own")
    func passThrough() {
        let points = [Vec2(1, 1), Vec2(1, 3), Vec2(-1, 1), Vec2(5, 1), Vec2(5, 3)]
        // (1, 1) → (1, 3) leaves at (1, 2); (1, 3) → (−1, 1), on y = x + 2, touches the box only
        // at the corner (0, 2); (−1, 1) → (5, 1) crosses from (0, 1) to (4, 1).
        let pieces = clip(points)
        #expect(pieces.first == [Vec2(1, 1), Vec2(1, 2)])
        #expect(pieces.last == [Vec2(0, 1), Vec2(4, 1)])
        #expect(pieces.dropFirst().dropLast().allSatisfy { $0.allSatisfy { $0 == Vec2(0, 2) } })
    }

    @Test("a point with a non-finite coordinate ends the current piece",
          arguments: [Vec2(.nan, .nan), Vec2(.nan, 1), Vec2(.infinity, 1), Vec2(1, -.infinity)])
    func nonFinite(_ bad: Vec2) {
        let points = [Vec2(1, 1), Vec2(2, 1), bad, Vec2(3, 1), Vec2(3.5, 1)]
        #expect(clip(points) == [[Vec2(1, 1), Vec2(2, 1)], [Vec2(3, 1), Vec2(3.5, 1)]])
        #expect(clip([bad, Vec2(1, 1), Vec2(2, 1), bad]) == [[Vec2(1, 1), Vec2(2, 1)]])
    }

    @Test("a jump to 1e300 is cut at the boundary")
    func farAway() {
        #expect(clip([Vec2(1, 1), Vec2(2, 1), Vec2(1e300, 1)]) == [[Vec2(1, 1), Vec2(2, 1), Vec2(4, 1)]])
    }

    @Test("coming back from 1e300 enters at the boundary point")
    func backFromFarAway() {
        let pieces = clip([Vec2(1e300, 1), Vec2(2, 1), Vec2(1, 1)])
        #expect(pieces.count == 1)
        #expect(pieces.first.map { ($0[0] - Vec2(4, 1)).norm < 1e-9 } == true, "\(pieces)")
        // Finite ends whose difference overflows: (−1.5e308, 1) → (1.5e308, 1) crosses the box.
        #expect(clip([Vec2(-1.5e308, 1), Vec2(1.5e308, 1)]) == [[Vec2(0, 1), Vec2(4, 1)]])
    }

    @Test("seeded random walks: pieces stay in the box and keep every inside vertex")
    func property() {
        var rng = SeededRandom(seed: 5)
        for _ in 0..<300 {
            var p = Vec2(2, 1), points: [Vec2] = []
            for _ in 0..<60 {
                let scale = Bool.random(using: &rng) ? 0.5 : 4
                p += Vec2(.random(in: -scale...scale, using: &rng), .random(in: -scale...scale, using: &rng))
                p = Vec2(min(max(p.x, -10), 14), min(max(p.y, -10), 12))
                points.append(p)
            }
            let pieces = clip(points)
            let all = pieces.flatMap { $0 }
            #expect(pieces.allSatisfy { $0.count >= 2 })
            for q in all {
                #expect(q.x >= -1e-12 && q.x <= 4 + 1e-12 && q.y >= -1e-12 && q.y <= 2 + 1e-12, "\(q)")
            }
            for v in points where Self.box.contains(v) { #expect(all.contains(v), "lost \(v)") }
        }
    }

    // MARK: exits

    func exits(_ points: [Vec2]) -> [(point: Vec2, direction: Vec2)] {
        PolylineClipping.exits(points, from: Self.box)
    }

    func expectExits(_ points: [Vec2], _ expected: [(Vec2, Vec2)], tolerance: Double = 0,
                     sourceLocation: SourceLocation = #_sourceLocation) {
        let got = exits(points)
        #expect(got.count == expected.count, "\(got)", sourceLocation: sourceLocation)
        for (g, e) in zip(got, expected) {
            #expect((g.point - e.0).norm <= tolerance && (g.direction - e.1).norm <= max(tolerance, 1e-15),
                    "\(g) vs \(e)", sourceLocation: sourceLocation)
        }
    }

    @Test("each inside → outside segment gives its boundary point and unit direction")
    func exitPoints() {
        expectExits([Vec2(1, 1), Vec2(6, 1)], [(Vec2(4, 1), Vec2(1, 0))])
        // (2, 1) → (5, 3): y = 2 at t = ½ comes before x = 4 at t = ⅔.
        let s = 13.0.squareRoot()
        expectExits([Vec2(2, 1), Vec2(5, 3)], [(Vec2(3.5, 2), Vec2(3 / s, 2 / s))])
        // Out, back in (not an exit), out again.
        expectExits([Vec2(1, 1), Vec2(6, 1), Vec2(2, 1), Vec2(2, -3)],
                    [(Vec2(4, 1), Vec2(1, 0)), (Vec2(2, 0), Vec2(0, -1))])
        // From a boundary point outward.
        expectExits([Vec2(4, 1), Vec2(5, 1)], [(Vec2(4, 1), Vec2(1, 0))])
    }

    @Test("no exits for paths inside, outside → outside or outside → inside")
    func noExits() {
        expectExits([Vec2(1, 1), Vec2(3, 1.5), Vec2(4, 2)], [])
        expectExits([Vec2(-1, 1), Vec2(5, 1)], [])
        expectExits([Vec2(5, 1), Vec2(1, 1)], [])
        expectExits([], [])
        expectExits([Vec2(1, 1)], [])
    }

    @Test("a segment to a point at 1e300 or beyond exits with a finite unit direction")
    func exitsFarAway() {
        expectExits([Vec2(1, 1), Vec2(1e300, 1)], [(Vec2(4, 1), Vec2(1, 0))], tolerance: 1e-12)
        let h = 0.5.squareRoot()
        // (1, 1) → (1e300, 1e300): y = 2 is reached first (t = 1/(1e300 − 1)), at x = 2.
        expectExits([Vec2(1, 1), Vec2(1e300, 1e300)], [(Vec2(2, 2), Vec2(h, h))], tolerance: 1e-12)
        expectExits([Vec2(1, 1), Vec2(-1e300, 1.5)], [(Vec2(0, 1), Vec2(-1, 0))], tolerance: 1e-12)
        // |b − a| overflows even though b − a does not.
        expectExits([Vec2(1, 1), Vec2(1.7e308, -1.7e308)], [(Vec2(2, 0), Vec2(h, -h))], tolerance: 1e-12)
    }

    @Test("exits never report a non-finite point or direction")
    func exitsNonFinite() {
        for bad in [Vec2(.nan, .nan), Vec2(.infinity, 1), Vec2(1, -.infinity)] {
            for e in exits([Vec2(1, 1), bad, Vec2(2, 1), Vec2(9, 1)]) {
                #expect(e.point.isFinite && e.direction.isFinite, "\(bad): \(e)")
            }
        }
    }
}
