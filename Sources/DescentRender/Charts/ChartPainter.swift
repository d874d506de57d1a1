import Descent

/// Draws a prepared chart at its placement: bands, grid, lines, rules, frame, ticks, title.
struct ChartPainter {
    let chart: PreparedChart
    let placement: ChartPlacement
    let g: GraphicsContext
    let t: Typography

    private var rect: Rect { placement.plot }

    private func point(_ f: Vec2) -> Point {
        Point(rect.minX + f.x * rect.width, rect.maxY - f.y * rect.height)
    }

    func paint() {
        g.setColor(t.palette.paper)
        g.rectangle(rect)
        g.fill()
        g.save()
        g.clip(to: rect)
        paintBands()
        paintGrid()
        for series in chart.panel.series { paint(series) }
        paintRules()
        g.restore()
        paintFrameAndTicks()
        g.setColor(t.palette.ink)
        g.text(placement.title, at: placement.titleBaseline.x, placement.titleBaseline.y, size: t.chartTitle)
        if let note = chart.panel.note {
            g.setColor(t.palette.subtleInk)
            g.text(note, at: rect.midX, rect.midY, size: t.tick, horizontal: .center, vertical: .center)
        }
    }

    private func paintBands() {
        for band in chart.panel.bands {
            let a = rect.minX + max(0, min(1, chart.x.fraction(band.from))) * rect.width
            let b = rect.minX + max(0, min(1, chart.x.fraction(band.to))) * rect.width
            g.setColor(band.color, alpha: 0.16)
            g.rectangle(Rect(x: min(a, b), y: rect.minY, width: abs(b - a), height: rect.height))
            g.fill()
        }
    }

    private func paintGrid() {
        g.setColor(t.palette.chartGrid)
        g.setLineWidth(0.8 * t.unit)
        for tick in chart.y.ticks {
            let y = rect.maxY - chart.y.fraction(tick) * rect.height
            g.move(rect.minX, y)
            g.line(rect.maxX, y)
        }
        g.stroke()
    }

    private func paint(_ series: ChartSeries) {
        let pieces = chart.pieces(series)
        if series.dots {
            g.setColor(series.color)
            for piece in pieces { for f in piece { let p = point(f); g.circle(p.x, p.y, radius: 1.9 * t.unit) } }
            g.fill()
        } else {
            g.setColor(series.color)
            g.setLineWidth(1.6 * t.unit)
            for piece in pieces {
                let pixels = PolylineSimplification.simplify(piece.map { f in let p = point(f); return Vec2(p.x, p.y) }, tolerance: 0.25)
                g.polyline(pixels.map { Point($0.x, $0.y) })
            }
            g.stroke()
        }
        if series.endsInCross, let last = pieces.last?.last {
            Marker.cross.draw(in: g, at: point(last), size: 4.5 * t.unit, fill: series.color,
                              outline: t.palette.paper, outlineWidth: 1.2 * t.unit)
        }
    }

    /// Dashed vertical rules, then their labels at the top (over every rule); a label that
    /// would overlap one already placed moves down a line. A rule with an empty label has none.
    private func paintRules() {
        let shown = chart.panel.rules.compactMap { rule -> (ChartRule, Double)? in
            let f = chart.x.fraction(rule.x)
            return f >= 0 && f <= 1 ? (rule, rect.minX + f * rect.width) : nil
        }
        g.setLineWidth(1.5 * t.unit)
        g.setDash([6 * t.unit, 4 * t.unit])
        for (rule, x) in shown {
            g.setColor(rule.color)
            g.move(x, rect.minY)
            g.line(x, rect.maxY)
            g.stroke()
        }
        g.setDash([])
        var placed: [Rect] = []
        for (rule, x) in shown where !rule.label.isEmpty {
            let width = g.measure(rule.label, size: t.tick).width + 0.4 * t.gap
            let leftSide = x + 0.2 * t.gap + width > rect.maxX
            var box = Rect(x: leftSide ? x - 0.2 * t.gap - width : x + 0.2 * t.gap, y: rect.minY + 0.3 * t.gap,
                           width: width, height: 1.3 * t.tick)
            while placed.contains(where: { $0.intersects(box) }) { box.y += box.height }
            placed.append(box)
            g.setColor(t.palette.paper, alpha: 0.85)
            g.rectangle(box)
            g.fill()
            g.setColor(rule.color)
            g.text(rule.label, at: box.midX, box.midY, size: t.tick, horizontal: .center, vertical: .center)
        }
    }

    private func paintFrameAndTicks() {
        g.setColor(t.palette.ink)
        g.setLineWidth(1.1 * t.unit)
        g.rectangle(rect)
        g.stroke()
        for (value, label) in zip(chart.x.ticks, chart.x.labels) {
            let x = rect.minX + chart.x.fraction(value) * rect.width
            g.move(x, rect.maxY)
            g.line(x, rect.maxY + t.tickLength)
            g.stroke()
            if placement.showsXTickLabels {
                g.text(label, at: x, rect.maxY + t.tickLabelOffset, size: t.tick, horizontal: .center, vertical: .top)
            }
        }
        for (value, label) in zip(chart.y.ticks, chart.y.labels) {
            let y = rect.maxY - chart.y.fraction(value) * rect.height
            g.move(rect.minX, y)
            g.line(rect.minX - t.tickLength, y)
            g.stroke()
            g.text(label, at: rect.minX - t.tickLabelOffset, y, size: t.tick, horizontal: .right, vertical: .center)
        }
    }
}
