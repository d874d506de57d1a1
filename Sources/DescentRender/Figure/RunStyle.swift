import Descent

/// How a run's path looks: its colour over a light casing, so it reads on any colormap.
struct RunStyle {
    let color: RGB
    let t: Typography

    var width: Double { t.lineWidth }
    var casingWidth: Double { t.lineWidth + 2.8 * t.unit }

    /// Strokes the current path twice: casing, then colour, both faded by `alpha` (0...1).
    /// The path is consumed.
    func strokePath(in g: GraphicsContext, alpha: Double = 1, build: () -> Void) {
        build()
        g.setColor(t.palette.casing.color, alpha: t.palette.casing.alpha * alpha)
        g.setLineWidth(casingWidth)
        g.stroke()
        build()
        g.setColor(color, alpha: alpha)
        g.setLineWidth(width)
        g.stroke()
    }

    /// The legend swatch: a short stroke with an end marker.
    func drawSwatch(in g: GraphicsContext, from a: Point, to b: Point) {
        strokePath(in: g) {
            g.move(a.x, a.y)
            g.line(b.x, b.y)
        }
        Marker.circle.draw(in: g, at: b, size: 4.2 * t.unit, fill: color, outline: t.palette.ink,
                           outlineWidth: 1 * t.unit)
    }
}
