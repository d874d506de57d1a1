import Testing
@testable import Descent

/// Filled regions {f ≥ level} as rings: checked by which points the even–odd rule puts inside.
struct SuperlevelSetsTests {
    /// Whether `p` is inside `rings` by the even–odd rule (a ray towards +x crosses an odd
    /// number of edges), clipped to `box` as drawing clips them.
    static func inside(_ p: Vec2, _ rings: [[Vec2]], box: ViewBox) -> Bool {
        guard box.contains(p) else { return false }
        var crossings = 0
        for ring in rings {
            for (a, b) in zip(ring, ring.dropFirst()) where (a.y > p.y) != (b.y > p.y) {
                if p.x < a.x + (p.y - a.y) / (b.y - a.y) * (b.x - a.x) { crossings += 1 }
            }
        }
        return crossings % 2 == 1
    }

    static func sample(_ box: ViewBox, _ n: Int, _ f: (Double, Double) -> Double) -> Field {
        var values: [Double] = []
        for row in 0..<n {
            for column in 0..<n {
                let x = box.x.lowerBound + (box.x.upperBound - box.x.lowerBound) * Double(column) / Double(n - 1)
                let y = box.y.lowerBound + (box.y.upperBound - box.y.lowerBound) * Double(row) / Double(n - 1)
                values.append(f(x, y))
            }
        }
        return Field(box: box, columns: n, rows: n, values: values)
    }

    /// f = x on [0, 1]²: {f ≥ 0.5} is the right half, a region that reaches three sides of the box.
    @Test func aRegionThatMeetsTheBorderIsClosedOutsideIt() throws {
        let box = ViewBox(x: 0...1, y: 0...1)
        let rings = try #require(SuperlevelSets.rings(Self.sample(box, 11) { x, _ in x }, levels: [0.5]))[0]
        #expect(rings.count == 1 && rings[0].first == rings[0].last)
        for (x, y, expected) in [(0.75, 0.5, true), (0.99, 0.01, true), (0.51, 0.99, true), (0.25, 0.5, false), (0.49, 0.01, false)] {
            #expect(Self.inside(Vec2(x, y), rings, box: box) == expected, "(\(x), \(y))")
        }
        // Inside the box the boundary is the line x = 0.5 exactly (f is linear between samples).
        for p in rings[0] where box.contains(p) && p.x < 0.9 { #expect(abs(p.x - 0.5) < 1e-12) }
    }

    /// x² + y² on [−1, 1]²: {f ≥ 0.25} is the box less the disc of radius ½, a ring with a hole.
    @Test func aDipBelowTheLevelIsAHole() throws {
        let box = ViewBox(x: -1...1, y: -1...1)
        let rings = try #require(SuperlevelSets.rings(Self.sample(box, 81) { x, y in x * x + y * y }, levels: [0.25, 5]))
        #expect(rings[0].count == 2)
        for (x, y, expected) in [(0.9, 0.9, true), (0.6, 0.0, true), (0.0, -0.55, true), (0.0, 0.0, false), (0.3, 0.3, false)] {
            #expect(Self.inside(Vec2(x, y), rings[0], box: box) == expected, "(\(x), \(y))")
        }
        // The hole's edge is the circle of radius ½, to the grid's interpolation error.
        let hole = try #require(rings[0].first { ring in ring.allSatisfy { box.contains($0) } })
        for p in hole { #expect(abs((p.x * p.x + p.y * p.y).squareRoot() - 0.5) < 2e-3) }
        // Above the maximum (2) nothing is filled.
        #expect(rings[1].isEmpty)
    }

    /// A level below every value fills the whole box; a non-finite value leaves nothing to trace.
    @Test func aLevelBelowEverythingFillsTheBoxAndNaNGivesNil() throws {
        let box = ViewBox(x: 0...2, y: 0...1)
        let field = Self.sample(box, 5) { x, y in 1 + x + y }
        let rings = try #require(SuperlevelSets.rings(field, levels: [0]))[0]
        #expect(rings.count == 1)
        for (x, y) in [(0.0, 0.0), (2.0, 1.0), (1.0, 0.5), (2.0, 0.0)] { #expect(Self.inside(Vec2(x, y), rings, box: box)) }
        var broken = field
        broken.values[7] = .nan
        #expect(SuperlevelSets.rings(broken, levels: [2]) == nil)
        // −10³⁰⁸ − 10³⁰⁸ overflows: no finite frame lies below, so nothing is traced.
        broken.values[7] = -1e308
        #expect(SuperlevelSets.rings(broken, levels: [2]) == nil)
    }
}
