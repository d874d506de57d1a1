import Descent

/// Draws a panel's title band: an optional colour swatch, the title in bold, and the outcome
/// badge (white text on its verdict's colour) beside it or centred on the line below.
struct PanelTitlePainter {
    let title: PanelTitle
    let band: Rect
    let g: GraphicsContext
    let t: Typography

    func paint() {
        let titleWidth = title.text.map { g.measure($0, size: title.size, bold: true).width } ?? 0
        let swatch = title.color == nil ? 0 : PanelTitle.swatchWidth(t) + PanelTitle.swatchGap(t)
        let badgeWidth = title.badge.map { PanelTitle.badgeWidth($0, t: t, measurer: g) } ?? 0
        let lines = title.oneLine ? 1.0 : 2.0
        let lineHeight = band.height / lines
        // One line: swatch, title and badge centred together; two: title line, then badge line.
        let firstWidth = swatch + titleWidth + (title.oneLine && title.badge != nil ? (title.text == nil ? 0 : t.gap) + badgeWidth : 0)
        var x = band.midX - firstWidth / 2
        let y = band.minY + lineHeight / 2
        if let color = title.color {
            RunStyle(color: color, t: t).drawSwatch(in: g, from: Point(x, y), to: Point(x + PanelTitle.swatchWidth(t), y))
            x += swatch
        }
        if let text = title.text {
            g.setColor(FigurePainter.ink)
            g.text(text, at: x, y, size: title.size, bold: true, vertical: .center)
            x += titleWidth + t.gap
        }
        guard let badge = title.badge, let verdict = title.verdict else { return }
        if title.oneLine {
            paintBadge(badge, verdict: verdict, left: title.text == nil ? band.midX - badgeWidth / 2 : x, centerY: y, width: badgeWidth)
        } else {
            paintBadge(badge, verdict: verdict, left: band.midX - badgeWidth / 2, centerY: band.minY + 1.5 * lineHeight, width: badgeWidth)
        }
    }

    private func paintBadge(_ text: String, verdict: Outcome.Verdict, left: Double, centerY: Double, width: Double) {
        let height = 1.25 * t.badge + 0.3 * t.gap
        let r = height / 2
        let rect = Rect(x: left, y: centerY - height / 2, width: width, height: height)
        g.roundedRectangle(rect, radius: r)
        g.setColor(verdict.color)
        g.fill()
        g.setColor(FigurePainter.white)
        g.text(text, at: rect.midX, centerY, size: t.badge, bold: true, horizontal: .center, vertical: .center)
    }
}
