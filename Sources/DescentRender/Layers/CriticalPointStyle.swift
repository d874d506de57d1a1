import Descent

/// How a critical point is marked: a gold star for a minimum, a light diamond for a saddle, a
/// red upward triangle for a maximum; a degenerate point (singular Hessian) is drawn hollow.
struct CriticalPointStyle {
    let kind: CriticalPoint.Kind
    let degenerate: Bool
    let t: Typography

    func draw(in g: GraphicsContext, at p: Point) {
        let (marker, fill, size): (Marker, RGB, Double) = switch kind {
        case .minimum: (.star, t.palette.minimum, 10 * t.unit)
        case .saddle: (.diamond, t.palette.saddle, 7.5 * t.unit)
        case .maximum: (.triangle(direction: Point(0, -1)), t.palette.maximum, 6.5 * t.unit)
        }
        marker.draw(in: g, at: p, size: size, fill: degenerate ? t.palette.paper : fill,
                    outline: t.palette.ink, outlineWidth: (degenerate ? 1.8 : 1.1) * t.unit)
    }
}
