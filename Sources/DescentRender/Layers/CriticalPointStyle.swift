import Descent

/// How a critical point is marked: a gold star for a minimum, a white diamond for a saddle, a
/// red upward triangle for a maximum; a degenerate point (singular Hessian) is drawn hollow.
struct CriticalPointStyle {
    let kind: CriticalPoint.Kind
    let degenerate: Bool
    let t: Typography

    static let minimumFill = RGB(hex: 0xFFD23F)

    func draw(in g: GraphicsContext, at p: Point) {
        let (marker, fill, size): (Marker, RGB, Double) = switch kind {
        case .minimum: (.star, Self.minimumFill, 10 * t.unit)
        case .saddle: (.diamond, RGB(hex: 0xF2F2F2), 7.5 * t.unit)
        case .maximum: (.triangle(direction: Point(0, -1)), RGB(hex: 0xE4572E), 6.5 * t.unit)
        }
        marker.draw(in: g, at: p, size: size, fill: degenerate ? FigurePainter.white : fill,
                    outline: FigurePainter.ink, outlineWidth: (degenerate ? 1.8 : 1.1) * t.unit)
    }
}
