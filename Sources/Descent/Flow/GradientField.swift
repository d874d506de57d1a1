import Foundation

/// The direction of steepest descent −∇f over a view, as geometry to draw: arrows on a grid, or
/// evenly spaced streamlines.
public enum GradientField {
    /// An arrow from `tail` to `head` pointing downhill; `strength` in [0, 1] is its |∇f| on a
    /// log scale over the grid (0 the gentlest slope, 1 the steepest).
    public struct Arrow: Sendable, Equatable {
        /// Where the arrow starts; the arrow is centred on its grid cell's centre.
        public var tail: Vec2
        /// Where the arrowhead is, downhill from `tail`.
        public var head: Vec2
        /// |∇f| on a log scale over the grid, in [0, 1].
        public var strength: Double
    }

    /// Arrows at the centres of a grid of `columns` columns over `box` (square cells, as many
    /// rows as fit). Each points along −∇f; its length is the cell's side × (0.3 + 0.55·strength),
    /// so direction reads everywhere and steepness reads in length. Strength is log |∇f| mapped
    /// from the 5th percentile (0) to the largest (1). Where ∇f is zero or not finite: no arrow.
    public static func arrows(on surface: any Surface, in box: ViewBox, columns: Int = 24) -> [Arrow] {
        let side = box.width / Double(max(columns, 1))
        let rows = max(1, Int((box.height / side).rounded()))
        let cellHeight = box.height / Double(rows)
        var samples: [(Vec2, Vec2)] = []
        for row in 0..<rows {
            for column in 0..<columns {
                let p = Vec2(box.x.lowerBound + (Double(column) + 0.5) * side, box.y.lowerBound + (Double(row) + 0.5) * cellHeight)
                let g = surface.gradient(at: p)
                if g.isFinite && g.norm > 0 { samples.append((p, g)) }
            }
        }
        let logs = samples.map { log($0.1.norm) }.sorted()
        guard let high = logs.last else { return [] }
        let low = logs[Int(0.05 * Double(logs.count - 1))]
        let length = min(side, cellHeight)
        return samples.map { p, g in
            let strength = high > low ? min(max((log(g.norm) - low) / (high - low), 0), 1) : 1
            let d = -g / g.norm * (length * (0.3 + 0.55 * strength))
            return Arrow(tail: p - d / 2, head: p + d / 2, strength: strength)
        }
    }

    /// Streamlines of −∇f about `spacing` (a fraction of the box's shorter side) apart, each from
    /// its uphill end to its downhill end. Seeds on a grid of that spacing grow both ways by
    /// midpoint steps of a third of the spacing, along the unit direction of −∇f, and stop at the
    /// frame, where ∇f vanishes or turns back or a step would not descend (a minimum, a ridge),
    /// after 60 spacings, or on reaching a cell (of side `spacing`) another line has crossed. Lines shorter than one
    /// spacing are dropped.
    public static func streamlines(on surface: any Surface, in box: ViewBox, spacing: Double = 0.06) -> [[Vec2]] {
        let gap = spacing * min(box.width, box.height)
        let columns = max(1, Int(box.width / gap)), rows = max(1, Int(box.height / gap))
        var owner = [Int](repeating: -1, count: columns * rows)
        func cell(_ p: Vec2) -> Int? {
            guard box.contains(p) else { return nil }
            let c = min(columns - 1, Int((p.x - box.x.lowerBound) / gap)), r = min(rows - 1, Int((p.y - box.y.lowerBound) / gap))
            return r * columns + c
        }
        func direction(_ p: Vec2) -> Vec2? {
            let g = surface.gradient(at: p)
            let n = g.norm
            guard g.isFinite, n > 0 else { return nil }
            return -g / n
        }
        let step = gap / 3
        func grow(from seed: Vec2, sign: Double, line: Int) -> [Vec2] {
            var points: [Vec2] = []
            var p = seed
            var previous: Vec2?
            for _ in 0..<Int(60 * gap / step) {
                guard let d1 = direction(p) else { break }
                guard let d2 = direction(p + (0.5 * step * sign) * d1) else { break }
                if let previous, previous.dot(d2) <= 0 { break }
                let next = p + (step * sign) * d2
                // A step past a minimum (or over a ridge) would climb: the line ends before it.
                guard (surface.value(at: next) - surface.value(at: p)) * sign < 0 else { break }
                guard let c = cell(next), owner[c] == -1 || owner[c] == line else { break }
                points.append(next)
                previous = d2
                p = next
            }
            return points
        }
        var lines: [[Vec2]] = []
        for row in 0..<rows {
            for column in 0..<columns {
                let seed = Vec2(box.x.lowerBound + (Double(column) + 0.5) * gap, box.y.lowerBound + (Double(row) + 0.5) * gap)
                guard let c = cell(seed), owner[c] == -1 else { continue }
                let id = lines.count
                owner[c] = id
                let downhill = grow(from: seed, sign: 1, line: id)
                let uphill = grow(from: seed, sign: -1, line: id)
                let line = uphill.reversed() + [seed] + downhill
                guard Double(line.count - 1) * step >= gap else { owner[c] = -1; continue }
                for p in line { if let c = cell(p) { owner[c] = id } }
                lines.append(line)
            }
        }
        return lines
    }
}
