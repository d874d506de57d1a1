/// Contour lines of a sampled field by marching squares, as pure data.
///
/// Rules (after d3-contour's `contours.js`):
/// - A sample is *inside* when its value is ≥ the level, *outside* when it is < the level. A
///   value exactly equal to the level is inside, so a crossing may sit exactly on a grid node;
///   the zero-length pieces this creates are dropped, and a polyline never repeats a point
///   consecutively. Where the inside region has no width (a ridge or an isolated peak whose
///   samples equal the level exactly, everything around below it) the line runs along the
///   ridge and back, and an isolated peak gives no line at all.
/// - Crossings lie on cell edges, linearly interpolated between the edge's two samples.
/// - Saddle cells are decided by the average of the four corners (see `CellCases`).
/// - A cell with any non-finite corner (NaN, ±∞) produces nothing, so lines end at its border.
/// - Segments are joined, by grid-edge number rather than coordinates, into the longest
///   polylines: open where they reach the grid border or a non-finite cell, closed otherwise.
/// - Order is deterministic: one `IsoLine` per requested level, in the order given; within a level,
///   polylines in the row-major order (bottom row first, left to right) of the first cell they
///   pass, a closed ring starting in that cell.
public enum MarchingSquares {
    /// The contour lines of `field` at each of `levels`, in the order given.
    ///
    /// A level that is NaN, infinite or outside the field's finite range gets no polylines.
    /// Time is linear in the number of cells plus the number of crossings.
    public static func isolines(_ field: Field, levels: [Double]) -> [IsoLine] {
        let edges = GridEdges(field)
        precondition(edges.count < Int(Int32.max), "field too large to contour: \(field.columns) x \(field.rows)")
        let segments = cellSegments(levels: levels, edges: edges)
        return levels.indices.map { k in
            let polylines = SegmentJoiner.chains(segments[k]).compactMap { chain in
                polyline(chain, level: levels[k], edges: edges)
            }
            return IsoLine(level: levels[k], polylines: polylines)
        }
    }

    /// The segments of every level (indexed like `levels`), each list in row-major cell order.
    ///
    /// Each cell is visited once: only the levels strictly above its lowest corner and at most its
    /// highest can cross it. They are a run of the sorted levels, found by moving the run's start
    /// from the previous cell's, which neighbouring cells of a smooth field rarely move far.
    private static func cellSegments(levels: [Double], edges: GridEdges) -> [[Segment]] {
        let order = levels.indices.filter { !levels[$0].isNaN }.sorted { levels[$0] < levels[$1] }
        let sorted = order.map { levels[$0] }
        var found: [(level: Int, segment: Segment)] = []  // one flat list, bucketed by level below
        let field = edges.field, columns = field.columns, n = sorted.count
        field.values.withUnsafeBufferPointer { v in sorted.withUnsafeBufferPointer { sorted in
            var start = 0  // the first sorted level above the previous cell's lowest corner
            for row in 0..<(field.rows - 1) {
                for column in 0..<(columns - 1) {
                    let i = row * columns + column
                    let v0 = v[i], v1 = v[i + 1], v2 = v[i + columns + 1], v3 = v[i + columns]
                    // v − v is 0 for a finite v and NaN for NaN or ±∞: one test for all four corners.
                    guard (v0 - v0) + (v1 - v1) + (v2 - v2) + (v3 - v3) == 0 else { continue }
                    let lo01 = v0 < v1 ? v0 : v1, lo23 = v2 < v3 ? v2 : v3
                    let hi01 = v0 < v1 ? v1 : v0, hi23 = v2 < v3 ? v3 : v2
                    let lo = lo01 < lo23 ? lo01 : lo23, hi = hi01 < hi23 ? hi23 : hi01
                    while start > 0 && sorted[start - 1] > lo { start -= 1 }
                    while start < n && sorted[start] <= lo { start += 1 }
                    var k = start
                    while k < n && sorted[k] <= hi {
                        let level = sorted[k]
                        let code = (v0 >= level ? 1 : 0) | (v1 >= level ? 2 : 0)
                            | (v2 >= level ? 4 : 0) | (v3 >= level ? 8 : 0)
                        let centreInside = 0.25 * v0 + 0.25 * v1 + 0.25 * v2 + 0.25 * v3 >= level
                        CellCases.forEachSegment(code: code, centreInside: centreInside) { from, to in
                            found.append((order[k], Segment(
                                from: edge(from, column, row, edges), to: edge(to, column, row, edges))))
                        }
                        k += 1
                    }
                }
            }
        } }
        var segments = [[Segment]](repeating: [], count: levels.count)
        for (level, segment) in found { segments[level].append(segment) }
        return segments
    }

    @inline(__always)
    private static func edge(_ side: CellCases.Side, _ column: Int, _ row: Int, _ edges: GridEdges) -> Int32 {
        switch side {
        case .bottom: edges.horizontal(column, row)
        case .top: edges.horizontal(column, row + 1)
        case .left: edges.vertical(column, row)
        case .right: edges.vertical(column + 1, row)
        }
    }

    /// The points of a chain of crossings, without consecutive repeats; nil when fewer than two
    /// distinct points remain (a closed chain keeps its repeated last point).
    private static func polyline(_ chain: [Int32], level: Double, edges: GridEdges) -> [Vec2]? {
        var points: [Vec2] = []
        points.reserveCapacity(chain.count)
        for e in chain {
            let p = edges.crossing(e, level: level)
            if p != points.last { points.append(p) }
        }
        let closed = chain.count > 1 && chain.first == chain.last
        return points.count >= (closed ? 3 : 2) ? points : nil
    }
}
