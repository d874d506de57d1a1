import Descent

/// Draws what every figure has around its plots: background, title and subtitle, axis labels
/// and the legend, where the layout put them.
struct DecorationPainter {
    let title: String?
    let subtitle: String?
    let xLabel: String?
    let yLabel: String?
    let legend: [LegendEntry]
    let layout: FigureLayout
    let g: GraphicsContext
    let t: Typography

    private typealias Ink = FigurePainter

    func paintBackground(width: Int, height: Int) {
        g.setColor(Ink.white)
        g.rectangle(Rect(x: 0, y: 0, width: Double(width), height: Double(height)))
        g.fill()
    }

    func paintTitles() {
        if let title = title, let p = layout.titleBaseline {
            g.setColor(Ink.ink)
            g.text(title, at: p.x, p.y, size: t.title, bold: true, horizontal: .center)
        }
        if let subtitle = subtitle, let p = layout.subtitleBaseline {
            g.setColor(Ink.subtleInk)
            g.text(subtitle, at: p.x, p.y, size: t.subtitle, horizontal: .center)
        }
    }

    func paintAxisLabels() {
        g.setColor(Ink.ink)
        if let p = layout.xLabelCenter, let xLabel {
            g.text(xLabel, at: p.x, p.y, size: t.axisLabel, horizontal: .center)
        }
        if let p = layout.yLabelCenter, let yLabel {
            g.text(yLabel, at: p.x, p.y, size: t.axisLabel, horizontal: .center,
                   vertical: .center, angle: -.pi / 2)
        }
    }

    func paintLegend() {
        guard let placement = layout.legend else { return }
        let box = placement.rect
        g.setColor(Ink.white, alpha: 0.92)
        g.rectangle(box)
        g.fillPreserve()
        g.setColor(RGB(hex: 0xBBBBBB))
        g.setLineWidth(1 * t.unit)
        g.stroke()
        // Column-major, so entries read down the first column, then the next.
        let rows = (legend.count + placement.columns - 1) / placement.columns
        for (index, entry) in legend.enumerated() {
            let column = index / rows, row = index % rows
            let x = box.minX + placement.padding + Double(column) * placement.columnWidth
            let y = box.minY + placement.padding + (Double(row) + 0.5) * placement.rowHeight
            switch entry.swatch {
            case .path:
                RunStyle(color: entry.color, t: t).drawSwatch(in: g, from: Point(x, y), to: Point(x + placement.swatchWidth, y))
            case let .criticalPoint(kind):
                CriticalPointStyle(kind: kind, degenerate: false, t: t).draw(in: g, at: Point(x + placement.swatchWidth / 2, y))
            case .band:
                let side = 0.9 * placement.rowHeight
                g.setColor(entry.color, alpha: 0.16)
                g.rectangle(Rect(x: x + placement.swatchWidth / 2 - side / 2, y: y - side / 2, width: side, height: side))
                g.fillPreserve()
                g.setColor(entry.color)
                g.setLineWidth(1 * t.unit)
                g.stroke()
            }
            for (column, text) in entry.columns.enumerated() {
                g.setColor(column == 0 ? Ink.ink : Ink.subtleInk)
                g.text(text, at: x + placement.swatchWidth + 1.1 * t.gap + placement.textOffsets[column], y,
                       size: t.legend, vertical: .center)
            }
        }
    }
}
