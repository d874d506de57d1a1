import Descent

/// Where the parts of a panel's title go inside its band: one line holds the swatch, the title
/// and the badge, centred together; two lines put the badge centred under the title.
struct PanelTitleGeometry {
    /// Left end of the swatch line, on the first line's centre.
    var swatch: Point?
    /// Left end of the title text, on the first line's centre.
    var title: Point?
    var badge: Rect?

    init(_ title: PanelTitle, band: Rect, t: Typography, measurer m: some TextMeasurer) {
        let titleWidth = title.text.map { m.measure($0, size: title.size, bold: true).width } ?? 0
        let swatchWidth = PanelTitle.swatchExtent(title.color, t)
        let badgeWidth = title.badge.map { PanelTitle.badgeWidth($0, t: t, measurer: m) } ?? 0
        let lineHeight = band.height / (title.oneLine ? 1 : 2)
        let sideBySide = title.oneLine && title.badge != nil
        let firstWidth = swatchWidth + titleWidth + (sideBySide ? (title.text == nil ? 0 : t.gap) + badgeWidth : 0)
        var x = band.midX - firstWidth / 2
        let y = band.minY + lineHeight / 2
        if title.color != nil {
            swatch = Point(x, y)
            x += swatchWidth
        }
        if title.text != nil {
            self.title = Point(x, y)
            x += titleWidth + t.gap
        }
        guard title.badge != nil else { return }
        let height = 1.25 * t.badge + 0.3 * t.gap
        let left = sideBySide ? (title.text == nil ? band.midX - badgeWidth / 2 : x) : band.midX - badgeWidth / 2
        let centre = sideBySide ? y : band.minY + 1.5 * lineHeight
        badge = Rect(x: left, y: centre - height / 2, width: badgeWidth, height: height)
    }
}

/// Draws a panel's title band: an optional colour swatch, the title in bold, and the outcome
/// badge (white bold text on a pill of its verdict's colour).
struct PanelTitlePainter {
    let title: PanelTitle
    let band: Rect
    let g: GraphicsContext
    let t: Typography

    func paint() {
        let geometry = PanelTitleGeometry(title, band: band, t: t, measurer: g)
        if let color = title.color, let p = geometry.swatch {
            RunStyle(color: color, t: t).drawSwatch(in: g, from: p, to: Point(p.x + PanelTitle.swatchWidth(t), p.y))
        }
        if let text = title.text, let p = geometry.title {
            g.setColor(t.palette.ink)
            g.text(text, at: p.x, p.y, size: title.size, bold: true, vertical: .center)
        }
        if let text = title.badge, let verdict = title.verdict, let rect = geometry.badge {
            g.roundedRectangle(rect, radius: rect.height / 2)
            g.setColor(t.palette.color(of: verdict))
            g.fill()
            g.setColor(t.palette.badgeText)
            g.text(text, at: rect.midX, rect.midY, size: t.badge, bold: true, horizontal: .center, vertical: .center)
        }
    }
}
