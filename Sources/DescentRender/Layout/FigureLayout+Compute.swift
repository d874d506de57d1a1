/// Text sizes one layout needs, measured once.
private struct Metrics {
    let tickHeight: Double
    let labelHeight: Double
    let labelAscent: Double
    let panelTitleHeight: Double
    let yTickWidth: Double
    let xTickWidth: Double
    let chartTitleHeight: Double
    let chartTitleDescent: Double
    let chartTickExtent: Double

    init(_ r: LayoutRequest, _ t: Typography, _ m: some TextMeasurer) {
        tickHeight = m.measure("0", size: t.tick, bold: false).height
        let label = m.measure("x", size: t.axisLabel, bold: false)
        labelHeight = label.height
        labelAscent = label.ascent
        let titleLine = m.measure("x", size: t.panelTitle, bold: true).height
        let lines = Double(max(1, r.panelTitleLines))
        panelTitleHeight = r.hasPanelTitles ? lines * titleLine + (lines - 1) * 0.25 * t.gap + 0.5 * t.gap : 0
        yTickWidth = r.yTickLabels.map { m.measure($0, size: t.tick, bold: false).width }.max() ?? 0
        xTickWidth = r.xTickLabels.map { m.measure($0, size: t.tick, bold: false).width }.max() ?? 0
        let chartTitle = m.measure("x", size: t.chartTitle, bold: false)
        chartTitleHeight = chartTitle.height + 0.35 * t.gap
        chartTitleDescent = chartTitle.descent
        let chartTickWidth = r.charts?.yTickLabels.map { m.measure($0, size: t.tick, bold: false).width }.max() ?? 0
        chartTickExtent = t.tickLength + 0.5 * t.gap + chartTickWidth
    }
}

extension FigureLayout {
    static func compute(_ r: LayoutRequest, _ t: Typography, _ m: some TextMeasurer, legendBelow: Bool) -> FigureLayout {
        let W = Double(r.width), H = Double(r.height)
        let s = Metrics(r, t, m)
        var top = t.margin
        var titleBaseline: Point?, subtitleBaseline: Point?
        if let title = r.title {
            let size = m.measure(title, size: t.title, bold: true)
            titleBaseline = Point(W / 2, top + size.ascent)
            top += size.height + 0.3 * t.gap
        }
        if let subtitle = r.subtitle {
            let size = m.measure(subtitle, size: t.subtitle, bold: false)
            subtitleBaseline = Point(W / 2, top + size.ascent)
            top += size.height
        }
        if titleBaseline != nil || subtitleBaseline != nil { top += t.gap }

        var bottom = H - t.margin
        if r.xLabel != nil { bottom -= s.labelHeight + 0.4 * t.gap }
        bottom -= s.tickHeight + t.tickLength + 0.5 * t.gap

        var leftExtent = t.tickLength + 0.5 * t.gap + s.yTickWidth
        if r.yLabel != nil { leftExtent += s.labelHeight + 0.6 * t.gap }
        let chartsBelow = r.charts?.below == true, chartsRight = r.charts?.below == false
        if chartsBelow { leftExtent = max(leftExtent, s.chartTickExtent) }

        var colorbarExtent = 0.0
        if let ticks = r.colorbarTickLabels {
            let tickWidth = ticks.map { m.measure($0, size: t.tick, bold: false).width }.max() ?? 0
            colorbarExtent = 1.6 * t.gap + t.colorbarWidth + t.tickLength + 0.5 * t.gap + tickWidth
            if r.colorbarLabel != nil { colorbarExtent += 0.8 * t.gap + s.labelHeight }
        }
        var rightExtent = colorbarExtent

        // A row of charts: title, plot, tick labels and the shared "step" label.
        let chartRowPlot = max(0.2 * (bottom - top), 60 * t.unit)
        let chartRowBelowPlot = t.tickLength + 0.5 * t.gap + s.tickHeight + 0.4 * t.gap + s.labelHeight
        if chartsBelow { bottom -= t.gap + s.chartTitleHeight + chartRowPlot + chartRowBelowPlot }

        var legend = LegendGeometry(r, t, m)
        if legend.isEmpty == false {
            if legendBelow {
                legend.fitColumns(width: W - 2 * t.margin)
                bottom -= legend.heightBelow + t.gap
            } else {
                rightExtent += 1.6 * t.gap + legend.columnWidth + 2 * legend.padding
            }
        }

        // Panel grid in the space left; shared axes, so gaps hold only panel titles and keep
        // the end tick labels of neighbouring panels ("1.0", "−1.0") apart.
        let hGap = max(1.8 * t.gap, s.xTickWidth + 0.8 * t.gap)
        let vGap = 1.2 * t.gap + s.panelTitleHeight
        let chartsExtra = chartsRight ? 2.2 * t.gap + s.chartTickExtent : 0
        var availableWidth = W - 2 * t.margin - leftExtent - rightExtent - chartsExtra
        let availableHeight = bottom - top - s.panelTitleHeight
        var cellHeight = max((availableHeight - Double(r.rows - 1) * vGap) / Double(r.rows), 10)
        let gaps = Double(r.columns - 1) * hGap
        let aspects = r.columnAspects ?? r.panelAspect.map { Array(repeating: $0, count: r.columns) }
        // Σ width / height over the columns: the row's width per pixel of height.
        let widthPerHeight = aspects.map { $0.reduce(0) { $0 + 1 / $1 } }
        var chartWidth = 0.0
        if chartsRight {
            // Charts take what equal-aspect panels leave, between 30 % and 45 % of the width.
            let gridWidth = widthPerHeight.map { cellHeight * $0 + gaps } ?? 0.6 * availableWidth
            chartWidth = min(max(availableWidth - gridWidth, 0.3 * availableWidth), 0.45 * availableWidth)
            availableWidth -= chartWidth
        }
        let cellWidth = max((availableWidth - gaps) / Double(r.columns), 10)
        var columnWidths = Array(repeating: cellWidth, count: r.columns)
        if let aspects, let widthPerHeight {
            cellHeight = min(cellHeight, Double(r.columns) * cellWidth / widthPerHeight)
            columnWidths = aspects.map { cellHeight / $0 }
        }
        let blockWidth = columnWidths.reduce(0, +) + gaps
        let blockHeight = Double(r.rows) * cellHeight + Double(r.rows - 1) * vGap
        // Centre the whole group (labels, panels, colorbar, charts, legend) horizontally.
        let groupWidth = leftExtent + blockWidth + rightExtent + chartsExtra + chartWidth
        let blockX = (W - groupWidth) / 2 + leftExtent
        // Leftover height goes half above the titles, half below the labels.
        let slack = max(0, availableHeight - blockHeight) / 2
        let blockY = top + s.panelTitleHeight + slack
        titleBaseline?.y += slack
        subtitleBaseline?.y += slack

        // Whole pixels, so the surface raster lands on the pixel grid unresampled.
        var panels: [Rect] = []
        for row in 0..<r.rows {
            for column in 0..<r.columns {
                let x = blockX + columnWidths[..<column].reduce(0, +) + Double(column) * hGap
                panels.append(Rect(x: x.rounded(), y: (blockY + Double(row) * (cellHeight + vGap)).rounded(),
                                   width: columnWidths[column].rounded(), height: cellHeight.rounded()))
            }
        }
        let titleBands = r.hasPanelTitles ? panels.map {
            Rect(x: $0.minX, y: $0.minY - s.panelTitleHeight, width: $0.width, height: s.panelTitleHeight - 0.35 * t.gap)
        } : []

        let blockBottom = blockY + blockHeight
        let xLabelY = blockBottom + t.tickLength + 0.5 * t.gap + s.tickHeight + 0.4 * t.gap + s.labelAscent
        let xLabelCenter = r.xLabel.map { _ in Point(blockX + blockWidth / 2, xLabelY) }
        let yLabelCenter = r.yLabel.map { _ in
            Point(blockX - t.tickLength - 0.5 * t.gap - s.yTickWidth - 0.6 * t.gap - s.labelHeight / 2, blockY + blockHeight / 2)
        }

        var cursor = blockX + blockWidth
        var colorbar: Rect?, colorbarLabelCenter: Point?
        if r.colorbarTickLabels != nil {
            colorbar = Rect(x: (cursor + 1.6 * t.gap).rounded(), y: panels[0].minY, width: t.colorbarWidth.rounded(),
                            height: panels[panels.count - 1].maxY - panels[0].minY)
            if r.colorbarLabel != nil {
                colorbarLabelCenter = Point(cursor + colorbarExtent - s.labelHeight / 2, blockY + blockHeight / 2)
            }
            cursor += colorbarExtent
        }

        var charts: [ChartPlacement] = []
        var chartXLabelCenter: Point?
        var belowCharts = xLabelCenter.map { $0.y + 0.4 * t.gap } ?? blockBottom + t.tickLength + s.tickHeight + t.gap
        if let c = r.charts, !c.titles.isEmpty {
            let n = c.titles.count
            func title(_ i: Int, width: Double) -> String {
                c.titles[i].first { m.measure($0, size: t.chartTitle, bold: false).width <= width } ?? c.titles[i].last ?? ""
            }
            if chartsRight {
                let x = cursor + chartsExtra
                let gap = 0.8 * t.gap
                let plotHeight = max((blockHeight - Double(n) * s.chartTitleHeight - Double(n - 1) * gap) / Double(n), 10)
                for i in 0..<n {
                    let titleTop = blockY + Double(i) * (s.chartTitleHeight + plotHeight + gap)
                    charts.append(ChartPlacement(
                        plot: Rect(x: x.rounded(), y: (titleTop + s.chartTitleHeight).rounded(),
                                   width: chartWidth.rounded(), height: plotHeight.rounded()),
                        title: title(i, width: chartWidth),
                        titleBaseline: Point(x, titleTop + s.chartTitleHeight - 0.35 * t.gap - s.chartTitleDescent),
                        showsXTickLabels: i == n - 1))
                }
                chartXLabelCenter = Point(x + chartWidth / 2, xLabelY)
            } else {
                let rowTop = belowCharts + t.gap
                // Under the panels and colorbar, or across the figure when the grid is narrower.
                let full = W - 2 * t.margin - leftExtent
                let span = max(blockWidth + colorbarExtent, full)
                let left = span > blockWidth + colorbarExtent ? t.margin + leftExtent : blockX
                let gap = 1.6 * t.gap + s.chartTickExtent
                let plotWidth = max((span - Double(n - 1) * gap) / Double(n), 10)
                for i in 0..<n {
                    let x = left + Double(i) * (plotWidth + gap)
                    charts.append(ChartPlacement(
                        plot: Rect(x: x.rounded(), y: (rowTop + s.chartTitleHeight).rounded(),
                                   width: plotWidth.rounded(), height: chartRowPlot.rounded()),
                        title: title(i, width: plotWidth),
                        titleBaseline: Point(x, rowTop + s.chartTitleHeight - 0.35 * t.gap - s.chartTitleDescent),
                        showsXTickLabels: true))
                }
                let plotBottom = rowTop + s.chartTitleHeight + chartRowPlot
                chartXLabelCenter = Point(left + span / 2, plotBottom + chartRowBelowPlot - s.labelHeight + s.labelAscent)
                belowCharts = plotBottom + chartRowBelowPlot
            }
        }

        let legendPlacement = legend.isEmpty ? nil
            : legendBelow ? legend.placementBelow(width: W, top: belowCharts + t.gap)
            : legend.placementRight(x: cursor + 1.6 * t.gap, top: blockY)

        return FigureLayout(
            titleBaseline: titleBaseline, subtitleBaseline: subtitleBaseline, panels: panels, panelTitleBands: titleBands,
            rows: r.rows, columns: r.columns, xLabelCenter: xLabelCenter, yLabelCenter: yLabelCenter,
            colorbar: colorbar, colorbarLabelCenter: colorbarLabelCenter, legend: legendPlacement,
            charts: charts, chartXLabelCenter: chartXLabelCenter)
    }
}

/// The legend's table: swatch, text columns aligned across entries, padding; one column on the
/// right of the panels or as many as fit below them.
private struct LegendGeometry {
    let count: Int
    let rowHeight: Double
    let padding: Double
    let swatch: Double
    let textOffsets: [Double]
    let columnWidth: Double
    var columns = 1

    init(_ r: LayoutRequest, _ t: Typography, _ m: some TextMeasurer) {
        count = r.legendEntries.count
        rowHeight = 1.45 * m.measure("Xg", size: t.legend, bold: false).height
        padding = 0.7 * t.gap
        swatch = 2.4 * t.legend
        let textColumns = r.legendEntries.map(\.count).max() ?? 0
        let columnGap = 1.1 * t.gap
        var offsets: [Double] = []
        var textWidth = 0.0
        for c in 0..<textColumns {
            let widths = r.legendEntries.compactMap { $0.indices.contains(c) ? m.measure($0[c], size: t.legend, bold: false).width : nil }
            offsets.append(textWidth)
            textWidth += (widths.max() ?? 0) + (c + 1 < textColumns ? columnGap : 0)
        }
        textOffsets = offsets
        columnWidth = swatch + 1.1 * t.gap + textWidth + padding
    }

    var isEmpty: Bool { count == 0 }
    var rows: Int { (count + columns - 1) / columns }
    var heightBelow: Double { Double(rows) * rowHeight + 2 * padding }

    mutating func fitColumns(width: Double) {
        columns = max(1, min(count, Int((width - 2 * padding) / columnWidth)))
    }

    func placementBelow(width W: Double, top: Double) -> LegendPlacement {
        let width = Double(columns) * columnWidth + 2 * padding
        return placement(Rect(x: (W - width) / 2, y: top, width: width, height: heightBelow))
    }

    func placementRight(x: Double, top: Double) -> LegendPlacement {
        placement(Rect(x: x, y: top, width: columnWidth + 2 * padding, height: Double(count) * rowHeight + 2 * padding))
    }

    private func placement(_ rect: Rect) -> LegendPlacement {
        LegendPlacement(rect: rect, columns: columns, columnWidth: columnWidth, textOffsets: textOffsets,
                        rowHeight: rowHeight, padding: padding, swatchWidth: swatch)
    }
}
