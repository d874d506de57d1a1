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

    func paintBackground(width: Int, height: Int) {
        g.setColor(t.palette.paper)
        g.rectangle(Rect(x: 0, y: 0, width: Double(width), height: Double(height)))
        g.fill()
    }

    func paintTitles() {
        if let title = title, let p = layout.titleBaseline {
            g.setColor(t.palette.ink)
            g.text(title, at: p.x, p.y, size: t.title, bold: true, horizontal: .center)
        }
        if let subtitle = subtitle, let p = layout.subtitleBaseline {
            g.setColor(t.palette.subtleInk)
            g.text(subtitle, at: p.x, p.y, size: t.subtitle, horizontal: .center)
        }
    }

    func paintAxisLabels() {
        g.setColor(t.palette.ink)
        if let p = layout.xLabelCenter, let xLabel {
            g.text(xLabel, at: p.x, p.y, size: t.axisLabel, horizontal: .center)
        }
        if let p = layout.yLabelCenter, let yLabel {
            g.text(yLabel, at: p.x, p.y, size: t.axisLabel, horizontal: .center,
                   vertical: .center, angle: -.pi / 2)
        }
    }

    /// The legend box and its lines; without text column `omitted.column` of the lines
    /// `omitted.entries` when given (an animation draws those cells frame by frame with
    /// `paintLegendText`).
    func paintLegend(omitting omitted: (column: Int, entries: Range<Int>)? = nil) {
        guard let placement = layout.legend else { return }
        let box = placement.rect
        g.setColor(t.palette.legendFill)
        g.rectangle(box)
        g.fillPreserve()
        g.setColor(t.palette.legendEdge)
        g.setLineWidth(1 * t.unit)
        g.stroke()
        for (index, entry) in legend.enumerated() {
            let p = legendSwatch(entry: index)
            switch entry.swatch {
            case .path:
                RunStyle(color: entry.color, t: t).drawSwatch(in: g, from: p, to: Point(p.x + placement.swatchWidth, p.y))
            case let .criticalPoint(kind):
                CriticalPointStyle(kind: kind, degenerate: false, t: t).draw(in: g, at: Point(p.x + placement.swatchWidth / 2, p.y))
            case .line:
                g.setColor(entry.color)
                g.setLineWidth(2.2 * t.unit)
                g.move(p.x, p.y)
                g.line(p.x + placement.swatchWidth, p.y)
                g.stroke()
            case .band:
                let side = 0.9 * placement.rowHeight
                g.setColor(entry.color, alpha: 0.16)
                g.rectangle(Rect(x: p.x + placement.swatchWidth / 2 - side / 2, y: p.y - side / 2, width: side, height: side))
                g.fillPreserve()
                g.setColor(entry.color)
                g.setLineWidth(1 * t.unit)
                g.stroke()
            }
            let live = omitted.map { $0.entries.contains(index) } ?? false
            for (column, text) in entry.columns.enumerated() where !(live && column == omitted?.column) {
                paintLegendText(text, entry: index, column: column)
            }
        }
    }

    /// Draws `text` in text column `column` of legend line `entry`: the name in ink, the rest subtler.
    func paintLegendText(_ text: String, entry: Int, column: Int) {
        guard let placement = layout.legend else { return }
        let swatch = legendSwatch(entry: entry)
        g.setColor(column == 0 ? t.palette.ink : t.palette.subtleInk)
        g.text(text, at: swatch.x + placement.swatchWidth + t.legendSwatchGap + placement.textOffsets[column], swatch.y,
               size: t.legend, vertical: .center)
    }

    /// The left end of legend line `entry`'s swatch, on the line's middle. Entries run
    /// column-major: down the first column, then the next.
    private func legendSwatch(entry: Int) -> Point {
        let placement = layout.legend!
        let rows = (legend.count + placement.columns - 1) / placement.columns
        let column = entry / rows, row = entry % rows
        return Point(placement.rect.minX + placement.padding + Double(column) * placement.columnWidth,
                     placement.rect.minY + placement.padding + (Double(row) + 0.5) * placement.rowHeight)
    }
}
