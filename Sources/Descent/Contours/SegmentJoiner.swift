/// A directed contour segment inside one cell, from the crossing on one grid edge to the crossing
/// on another (edge numbers as in `GridEdges`).
struct Segment {
    let from: Int32
    let to: Int32
}

/// Joins directed segments end to start into the longest chains, in time linear in the number of
/// segments.
///
/// Every grid edge starts at most one segment and ends at most one (the two cells sharing an edge
/// walk it in opposite directions), so following `EdgeLinks` from edge to edge never branches.
enum SegmentJoiner {
    /// The chains of edge numbers the segments form. An open chain runs from an edge no segment
    /// ends at to an edge no segment starts at; a closed chain repeats its first edge at the end.
    /// Chains come in the order of the first segment (in `segments`' order) each contains, and a
    /// closed chain starts with that segment.
    static func chains(_ segments: [Segment]) -> [[Int32]] {
        var links = EdgeLinks(segments)
        var result: [[Int32]] = []
        for s in segments where links.next(s.from) >= 0 {
            var head = s.from
            var before = links.previous(head)
            while before >= 0 && before != s.from {
                head = before
                before = links.previous(head)
            }
            if before == s.from { head = s.from }  // walked round a ring: start at this segment

            var chain = [head]
            var edge = head
            while case let following = links.next(edge), following >= 0 {
                links.use(edge)
                chain.append(following)
                edge = following
            }
            result.append(chain)
        }
        return result
    }
}
