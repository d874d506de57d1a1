/// The segments of one level indexed by grid-edge number: for each edge a segment touches, the
/// edge its segment leads to and the edge its segment came from.
///
/// A hash map keyed by the integers of `GridEdges`, never by floating-point coordinates, so two
/// cells that compute the same crossing always find each other: open addressing with linear
/// probing and Fibonacci hashing, sized once for at most half load.
struct EdgeLinks {
    private struct Entry {
        var edge: Int32 = -1
        var next: Int32 = -1
        var previous: Int32 = -1
    }

    private var entries: [Entry]
    private let shift: UInt32

    /// Links for `segments`; every edge must start at most one of them and end at most one.
    init(_ segments: [Segment]) {
        var bits: UInt32 = 4
        while (1 << bits) < 4 * segments.count { bits += 1 }  // ≤ 2 edges per segment, half load
        entries = [Entry](repeating: Entry(), count: 1 << bits)
        shift = 32 - bits
        for s in segments {
            entries[claim(s.from)].next = s.to
            entries[claim(s.to)].previous = s.from
        }
    }

    /// The edge the segment starting at `edge` leads to, or −1 when none does (or it was used).
    func next(_ edge: Int32) -> Int32 { entries[find(edge)].next }

    /// The edge the segment ending at `edge` came from, or −1 when none ends there.
    func previous(_ edge: Int32) -> Int32 { entries[find(edge)].previous }

    /// Marks the segment starting at `edge` as used: `next(edge)` becomes −1.
    mutating func use(_ edge: Int32) { entries[find(edge)].next = -1 }

    /// The slot holding `edge`, claiming an empty one when the edge is new.
    private mutating func claim(_ edge: Int32) -> Int {
        let i = find(edge)
        if entries[i].edge < 0 { entries[i].edge = edge }
        return i
    }

    /// The slot holding `edge`, or the empty slot where it would go.
    private func find(_ edge: Int32) -> Int {
        let mask = entries.count - 1
        var i = Int((UInt32(bitPattern: edge) &* 0x9E37_79B9) >> shift)
        while entries[i].edge >= 0 && entries[i].edge != edge { i = (i + 1) & mask }
        return i
    }
}
