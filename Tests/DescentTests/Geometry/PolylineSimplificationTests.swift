import Foundation
import Testing
@testable import Descent

@Suite("Polyline simplification (Douglas–Peucker)")
struct PolylineSimplificationTests {
    func simplify(_ points: [Vec2], _ tolerance: Double) -> [Vec2] {
        PolylineSimplification.simplify(points, tolerance: tolerance)
    }

    /// Distance from `p` to the segment a–b, computed independently of the code under test:
    /// the nearer end, or the perpendicular foot when it falls between the ends.
    static func distance(_ p: Vec2, _ a: Vec2, _ b: Vec2) -> Double {
        let d = b - a, l2 = d.dot(d)
        let ends = min((p - a).norm, (p - b).norm)
        guard l2 > 0 else { return ends }
        let along = (p - a).dot(d)
        guard along > 0 && along < l2 else { return ends }
        let cross = (p.x - a.x) * d.y - (p.y - a.y) * d.x
        return abs(cross) / l2.squareRoot()
    }

    @Test("fewer than three points are returned as they are")
    func short() {
        #expect(simplify([], 1) == [])
        #expect(simplify([Vec2(1, 2)], 1) == [Vec2(1, 2)])
        #expect(simplify([Vec2(1, 2), Vec2(1, 2.1)], 1) == [Vec2(1, 2), Vec2(1, 2.1)])
    }

    @Test("collinear points are dropped, whatever their spacing")
    func collinear() {
        let line = [Vec2(0, 0), Vec2(1, 1), Vec2(1.5, 1.5), Vec2(2, 2), Vec2(3, 3)]
        #expect(simplify(line, 0.01) == [Vec2(0, 0), Vec2(3, 3)])
        #expect(simplify(line, 0) == [Vec2(0, 0), Vec2(3, 3)])
        #expect(simplify([Vec2(0, 0), Vec2(0, 0), Vec2(0, 0)], 0.1) == [Vec2(0, 0), Vec2(0, 0)])
    }

    @Test("a zigzag above the tolerance is kept; below it, only the ends remain")
    func zigzag() {
        let zigzag = [Vec2(0, 0), Vec2(1, 1), Vec2(2, 0), Vec2(3, 1), Vec2(4, 0)]
        // Peaks are 1 from the chord y = 0; (2, 0) is 2/√10 ≈ 0.63 from (1, 1)–(4, 0).
        #expect(simplify(zigzag, 0.5) == zigzag)
        #expect(simplify(zigzag, 1.5) == [Vec2(0, 0), Vec2(4, 0)])
        // A deviation of 1e-9 survives a tolerance of 0 but not one of 1e-8.
        let wiggle = [Vec2(0, 0), Vec2(1, 1e-9), Vec2(2, 0)]
        #expect(simplify(wiggle, 0) == wiggle)
        #expect(simplify(wiggle, 1e-8) == [Vec2(0, 0), Vec2(2, 0)])
    }

    @Test("a point beyond the end of the chord is measured to that end, not to the line")
    func beyondChord() {
        // (3, 0) lies on the line through (0, 0) and (2, 0) but 1 past its end.
        let spike = [Vec2(0, 0), Vec2(3, 0), Vec2(2, 0)]
        #expect(simplify(spike, 0.5) == spike)
        #expect(simplify(spike, 1.5) == [Vec2(0, 0), Vec2(2, 0)])
    }

    @Test("a closed loop keeps its corners")
    func closedLoop() {
        let square = [Vec2(0, 0), Vec2(1, 0), Vec2(1, 1), Vec2(0, 1), Vec2(0, 0)]
        #expect(simplify(square, 0.1) == square)
        let dense = [Vec2(0, 0), Vec2(0.5, 0), Vec2(1, 0), Vec2(1, 0.5), Vec2(1, 1), Vec2(0.5, 1), Vec2(0, 1),
                     Vec2(0, 0.5), Vec2(0, 0)]
        #expect(simplify(dense, 0.1) == square)
    }

    /// The simplification is a subsequence with both ends, and every dropped point is within
    /// `tolerance` of the kept segment that spans it.
    func expectValid(_ points: [Vec2], _ result: [Vec2], tolerance: Double,
                     sourceLocation: SourceLocation = #_sourceLocation) {
        guard points.count > 2 else { return }
        #expect(result.first == points.first && result.last == points.last, sourceLocation: sourceLocation)
        var kept: [Int] = [], next = 0
        for (i, p) in points.enumerated() where next < result.count && p == result[next] {
            kept.append(i)
            next += 1
        }
        #expect(kept.count == result.count, "not a subsequence", sourceLocation: sourceLocation)
        var worst = (index: -1, distance: 0.0)
        for (from, to) in zip(kept, kept.dropFirst()) where to > from + 1 {
            for i in (from + 1)..<to {
                let d = Self.distance(points[i], points[from], points[to])
                if d > worst.distance { worst = (i, d) }
            }
        }
        #expect(worst.distance <= tolerance * (1 + 1e-12), "point \(worst.index) is \(worst.distance) away",
                sourceLocation: sourceLocation)
    }

    @Test("seeded random polylines: every dropped point is within tolerance", arguments: [0.0, 0.05, 0.3, 2])
    func property(_ tolerance: Double) {
        var rng = SeededRandom(seed: UInt64(tolerance * 1000) + 1)
        for _ in 0..<200 {
            var p = Vec2(0, 0), points: [Vec2] = []
            for _ in 0..<Int.random(in: 3...80, using: &rng) {
                points.append(p)
                p += Vec2(.random(in: -1...1, using: &rng), .random(in: -0.3...1, using: &rng))
            }
            let result = simplify(points, tolerance)
            expectValid(points, result, tolerance: tolerance)
            #expect(result.count <= points.count)
        }
    }

    @Test("100 000 points: no recursion, and the result is still valid")
    func long() {
        var rng = SeededRandom(seed: 99)
        var p = Vec2(0, 0), walk: [Vec2] = []
        for _ in 0..<100_000 {
            walk.append(p)
            p += Vec2(.random(in: -1...1, using: &rng), .random(in: -1...1, using: &rng))
        }
        let result = simplify(walk, 5)
        #expect(result.count > 2 && result.count < walk.count)
        expectValid(walk, result, tolerance: 5)
        // A smooth spiral: many points, most of them redundant.
        let spiral = (0..<100_000).map { i -> Vec2 in
            let t = Double(i) * 1e-3
            return Vec2(t * cos(t), t * sin(t))
        }
        let simple = simplify(spiral, 0.01)
        #expect(simple.count < spiral.count / 10)
        expectValid(spiral, simple, tolerance: 0.01)
    }
}
