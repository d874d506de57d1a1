import Descent

import Foundation

/// Marker shapes, each filled with one colour and outlined with another.
enum Marker {
    case circle, star, triangle(direction: Point), cross, diamond

    /// Adds the marker's outline path centred at `p`, with `size` its radius in pixels.
    func addPath(to g: GraphicsContext, at p: Point, size: Double) {
        switch self {
        case .circle:
            g.circle(p.x, p.y, radius: size)
        case .star:
            let points = (0..<10).map { i -> Point in
                let angle = -Double.pi / 2 + Double(i) * .pi / 5
                let r = i.isMultiple(of: 2) ? size : size * 0.42
                return Point(p.x + r * cos(angle), p.y + r * sin(angle))
            }
            g.polygon(points)
        case let .triangle(d):
            // Tip at p + size·d (pointing along d), base behind it.
            let n = Point(-d.y, d.x)
            g.polygon([
                Point(p.x + 1.2 * size * d.x, p.y + 1.2 * size * d.y),
                Point(p.x - 0.6 * size * d.x + 0.8 * size * n.x, p.y - 0.6 * size * d.y + 0.8 * size * n.y),
                Point(p.x - 0.6 * size * d.x - 0.8 * size * n.x, p.y - 0.6 * size * d.y - 0.8 * size * n.y),
            ])
        case .diamond:
            g.polygon([Point(p.x, p.y - size), Point(p.x + 0.75 * size, p.y), Point(p.x, p.y + size),
                       Point(p.x - 0.75 * size, p.y)])
        case .cross:
            let s = size * 0.75
            g.move(p.x - s, p.y - s)
            g.line(p.x + s, p.y + s)
            g.move(p.x - s, p.y + s)
            g.line(p.x + s, p.y - s)
        }
    }

    /// Draws the marker filled with `fill` and outlined with `outline`.
    func draw(in g: GraphicsContext, at p: Point, size: Double, fill: RGB, outline: RGB, outlineWidth: Double) {
        if case .cross = self {
            addPath(to: g, at: p, size: size)
            g.setColor(outline)
            g.setLineWidth(outlineWidth + 2.5)
            g.stroke()
            addPath(to: g, at: p, size: size)
            g.setColor(fill)
            g.setLineWidth(outlineWidth + 0.5)
            g.stroke()
            return
        }
        addPath(to: g, at: p, size: size)
        g.setColor(fill)
        g.fillPreserve()
        g.setColor(outline)
        g.setLineWidth(outlineWidth)
        g.stroke()
    }
}
