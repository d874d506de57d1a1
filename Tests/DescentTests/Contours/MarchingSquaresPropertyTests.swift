import Descent
import Testing

/// Invariants checked on every polyline of larger pseudo-random fields, with NaN holes.
@Suite struct MarchingSquaresPropertyTests {
    /// A deterministic field of `columns` x `rows` samples over x in 0...columns−1, y in 0...rows−1:
    /// a few smooth bumps plus noise, rounded to `step` when given (so levels can hit samples
    /// exactly), with NaN at every index listed in `holes`.
    static func field(columns: Int, rows: Int, step: Double? = nil, holes: Set<Int> = []) -> Field {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var values: [Double] = []
        for row in 0..<rows {
            for column in 0..<columns {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let noise = Double(state >> 11) / Double(1 << 53) - 0.5
                let x = Double(column) / 3, y = Double(row) / 3
                var v = (x * 1.3).squareRoot() * (y * 0.9 + 0.5).squareRoot() - 0.2 * x * y / (1 + x * y)
                v = 4 * (v - v.rounded(.down)) + noise
                if let step { v = (v / step).rounded() * step }
                values.append(holes.contains(row * columns + column) ? .nan : v)
            }
        }
        return Field(box: ViewBox(x: 0...Double(columns - 1), y: 0...Double(rows - 1)),
                     columns: columns, rows: rows, values: values)
    }

    static let smooth = field(columns: 23, rows: 17, holes: [40, 41, 200, 201, 224, 330])
    static let quantised = field(columns: 23, rows: 17, step: 0.5, holes: [77, 250])
    /// The fields above by name, so a failing parameterised test names its field briefly.
    static let fields = ["smooth": smooth, "quantised (levels hit samples)": quantised]
    static let levels = [-0.25, 0.5, 1, 1.5, 2.0001, 3]

    /// The linear interpolation of `field` along the grid edge through `p`, at `p`; nil when `p`
    /// is on no edge. A point on a node (both coordinates integral) reads the node's value.
    static func edgeValue(_ field: Field, at p: Vec2) -> Double? {
        let c = p.x.rounded(.down), r = p.y.rounded(.down)
        guard c >= 0, r >= 0, Int(c) < field.columns, Int(r) < field.rows else { return nil }
        let column = Int(c), row = Int(r)
        switch (p.x == c, p.y == r) {
        case (true, true): return field[column, row]
        case (false, true): return field[column, row] + (p.x - c) * (field[column + 1, row] - field[column, row])
        case (true, false): return field[column, row] + (p.y - r) * (field[column, row + 1] - field[column, row])
        case (false, false): return nil
        }
    }

    @Test(arguments: fields.keys.sorted())
    func everyPointIsOnAnEdgeWhereTheInterpolatedValueIsTheLevel(name: String) {
        let field = Self.fields[name]!
        for line in MarchingSquares.isolines(field, levels: Self.levels) {
            for polyline in line.polylines {
                for point in polyline {
                    let value = Self.edgeValue(field, at: point)
                    #expect(value != nil, "\(point) is not on a grid edge")
                    if let value { #expect(abs(value - line.level) <= 1e-12, "f(\(point)) = \(value)") }
                }
            }
        }
    }

    @Test(arguments: fields.keys.sorted())
    func polylinesAreWellFormed(name: String) {
        let field = Self.fields[name]!
        let lines = MarchingSquares.isolines(field, levels: Self.levels)
        #expect(lines.map(\.level) == Self.levels)
        #expect(lines.contains { !$0.polylines.isEmpty })
        for line in lines {
            for polyline in line.polylines {
                #expect(polyline.count >= 2)
                #expect(zip(polyline, polyline.dropFirst()).allSatisfy { $0 != $1 }, "repeated point")
            }
        }
    }

    /// An open polyline ends on the grid border or next to a cell with a NaN corner; every other
    /// polyline is a closed ring (first point == last).
    @Test func openEndsTouchTheBorderOrAHole() {
        let field = Self.smooth
        func touchesBorderOrHole(_ p: Vec2) -> Bool {
            let maxX = Double(field.columns - 1), maxY = Double(field.rows - 1)
            if p.x == 0 || p.y == 0 || p.x == maxX || p.y == maxY { return true }
            let c = Int(p.x.rounded(.down)), r = Int(p.y.rounded(.down))
            // The cells sharing the edge through p: below/above a horizontal one, left/right of a vertical one.
            let cells = p.y == Double(r) ? [(c, r - 1), (c, r)] : [(c - 1, r), (c, r)]
            return cells.contains { cell in
                [(0, 0), (1, 0), (0, 1), (1, 1)].contains { field[cell.0 + $0.0, cell.1 + $0.1].isNaN }
            }
        }
        var rings = 0, open = 0
        for line in MarchingSquares.isolines(field, levels: Self.levels) {
            for polyline in line.polylines {
                if polyline.first == polyline.last {
                    rings += 1
                    #expect(polyline.count >= 4)
                } else {
                    open += 1
                    #expect(touchesBorderOrHole(polyline.first!), "open start \(polyline.first!) inside")
                    #expect(touchesBorderOrHole(polyline.last!), "open end \(polyline.last!) inside")
                }
            }
        }
        #expect(rings > 0 && open > 0)
    }

    /// Every crossing edge appears in exactly one polyline point (none lost, none doubled) for
    /// levels that hit no sample exactly: points on the level's edges = edges with one end ≥ level
    /// and the other < level, between finite samples, counting a ring's repeated point once.
    @Test func eachCrossedEdgeGivesExactlyOnePoint() {
        let field = Self.smooth
        for line in MarchingSquares.isolines(field, levels: Self.levels) {
            var expected = 0
            func crossed(_ a: Double, _ b: Double) -> Bool {
                a.isFinite && b.isFinite && (a >= line.level) != (b >= line.level)
            }
            func usable(_ c: Int, _ r: Int) -> Bool {  // the cell with bottom-left (c, r) is finite
                c >= 0 && r >= 0 && c < field.columns - 1 && r < field.rows - 1
                    && [field[c, r], field[c + 1, r], field[c, r + 1], field[c + 1, r + 1]].allSatisfy(\.isFinite)
            }
            for r in 0..<field.rows {
                for c in 0..<field.columns {
                    if c + 1 < field.columns, crossed(field[c, r], field[c + 1, r]),
                       usable(c, r - 1) || usable(c, r) { expected += 1 }
                    if r + 1 < field.rows, crossed(field[c, r], field[c, r + 1]),
                       usable(c - 1, r) || usable(c, r) { expected += 1 }
                }
            }
            let points = line.polylines.reduce(0) { $0 + $1.count - ($1.first == $1.last ? 1 : 0) }
            #expect(points == expected, "level \(line.level)")
        }
    }

    /// The region f ≥ level lies on each polyline's left, so a ring round a maximum has positive
    /// signed (shoelace) area and a ring round a minimum negative.
    @Test func ringsRunWithTheHighSideOnTheLeft() {
        let values = (0..<41 * 41).map { i in
            let x = Double(i % 41) / 10 - 2, y = Double(i / 41) / 10 - 2
            return 1 / (1 + x * x + 2 * y * y)
        }
        let box = ViewBox(x: -2...2, y: -2...2)
        let bump = Field(box: box, columns: 41, rows: 41, values: values)
        let pit = Field(box: box, columns: 41, rows: 41, values: values.map { -$0 })
        func twiceArea(_ ring: [Vec2]) -> Double {
            zip(ring, ring.dropFirst()).reduce(0) { $0 + $1.0.x * $1.1.y - $1.1.x * $1.0.y }
        }
        for line in MarchingSquares.isolines(bump, levels: [0.3, 0.6, 0.9]) {
            #expect(line.polylines.count == 1)
            #expect(line.polylines.allSatisfy { twiceArea($0) > 0 })
        }
        for line in MarchingSquares.isolines(pit, levels: [-0.3, -0.6, -0.9]) {
            #expect(line.polylines.count == 1)
            #expect(line.polylines.allSatisfy { twiceArea($0) < 0 })
        }
    }
}
