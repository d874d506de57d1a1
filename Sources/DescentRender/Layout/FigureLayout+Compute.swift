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
        panelTitleHeight = r.hasPanelTitles ? lines * titleLine + (lines - 1) * t.panelTitleLineGap + t.panelTitlePadding : 0
        yTickWidth = r.yTickLabels.map { m.measure($0, size: t.tick, bold: false).width }.max() ?? 0
        xTickWidth = r.xTickLabels.map { m.measure($0, size: t.tick, bold: false).width }.max() ?? 0
        let chartTitle = m.measure("x", size: t.chartTitle, bold: false)
        chartTitleHeight = chartTitle.height + t.titleBandGap
        chartTitleDescent = chartTitle.descent
        let chartTickWidth = r.charts?.yTickLabels.map { m.measure($0, size: t.tick, bold: false).width }.max() ?? 0
        chartTickExtent = t.tickLabelOffset + chartTickWidth
    }

    /// From the bottom of the panels to the bottom of their x tick labels.
    func xTickBand(_ t: Typography) -> Double { t.tickLabelOffset + tickHeight }
}

extension FigureLayout {
    /// One layout, in the order a reader would do it by hand: titles at the top, room for
    /// the axes, colorbar, a row of charts and the legend taken from the edges, the panel
    /// grid sized in what is left and centred, then everything placed around the grid.
    static func compute(_ r: LayoutRequest, _ t: Typography, _ m: some TextMeasurer, legendBelow: Bool) -> FigureLayout {
        var pass = LayoutPass(r, t, m)
        pass.placeTitles()
        pass.reserveAxes()
        pass.reserveColorbar()
        pass.reserveCharts()
        pass.reserveLegend(below: legendBelow)
        let grid = pass.sizeGrid()
        let panels = pass.panelRects(grid)
        let colorbar = pass.placeColorbar(grid, panels: panels)
        let charts = pass.placeCharts(grid)
        return FigureLayout(
            titleBaseline: pass.titleBaseline, subtitleBaseline: pass.subtitleBaseline, panels: panels,
            panelTitleBands: pass.titleBands(panels), rows: r.rows, columns: r.columns,
            xLabelCenter: pass.xLabelCenter(grid), yLabelCenter: pass.yLabelCenter(grid),
            colorbar: colorbar.rect, colorbarLabelCenter: colorbar.labelCenter,
            legend: pass.placeLegend(below: legendBelow, grid: grid, afterCharts: charts.bottom),
            charts: charts.placements, chartXLabelCenter: charts.labelCenter)
    }
}

/// The panel grid's size and place: column widths, cell height, gaps and its top-left corner.
private struct PanelGrid {
    var columnWidths: [Double]
    var cellHeight: Double
    var hGap: Double
    var vGap: Double
    /// Width of a column of charts right of the grid; 0 without.
    var chartWidth: Double
    var x: Double
    var y: Double
    var width: Double { columnWidths.reduce(0, +) + Double(columnWidths.count - 1) * hGap }
    var height: Double
    var bottom: Double { y + height }
}

/// The state of one layout while it is worked out: how far titles reach down, what the
/// bottom and the sides keep for labels, colorbar, charts and legend.
private struct LayoutPass<M: TextMeasurer> {
    let r: LayoutRequest
    let t: Typography
    let m: M
    let s: Metrics
    let W: Double, H: Double
    let chartsBelow: Bool, chartsRight: Bool
    var top: Double
    var bottom: Double
    var titleBaseline: Point?
    var subtitleBaseline: Point?
    /// What the left of the grid keeps for tick labels and the y label.
    var leftExtent = 0.0
    /// What the right of the grid keeps for the colorbar (with its labels), and for a legend beside it.
    var colorbarExtent = 0.0
    var rightExtent = 0.0
    /// A column of charts: the gap before it and its tick labels.
    var chartsExtra = 0.0
    /// Height of the plots in a row of charts.
    var chartRowPlot = 0.0
    /// Under a row of charts' plots: tick labels and the shared x label.
    var chartRowBelowPlot = 0.0
    var legend: LegendGeometry

    init(_ r: LayoutRequest, _ t: Typography, _ m: M) {
        self.r = r
        self.t = t
        self.m = m
        s = Metrics(r, t, m)
        W = Double(r.width)
        H = Double(r.height)
        chartsBelow = r.charts?.below == true
        chartsRight = r.charts?.below == false
        top = t.margin
        bottom = H - t.margin
        legend = LegendGeometry(r, t, m)
    }

    /// Title and subtitle, centred at the top.
    mutating func placeTitles() {
        if let title = r.title {
            let size = m.measure(title, size: t.title, bold: true)
            titleBaseline = Point(W / 2, top + size.ascent)
            top += size.height + t.subtitleGap
        }
        if let subtitle = r.subtitle {
            let size = m.measure(subtitle, size: t.subtitle, bold: false)
            subtitleBaseline = Point(W / 2, top + size.ascent)
            top += size.height
        }
        if titleBaseline != nil || subtitleBaseline != nil { top += t.gap }
    }

    /// The x label and tick labels under the grid, the y tick labels and label left of it
    /// (as wide as a row of charts' tick labels, when charts are below, so their axes align).
    mutating func reserveAxes() {
        if r.xLabel != nil { bottom -= s.labelHeight + t.axisLabelGap }
        bottom -= s.xTickBand(t)
        leftExtent = t.tickLabelOffset + s.yTickWidth
        if r.yLabel != nil { leftExtent += s.labelHeight + t.sideLabelGap }
        if chartsBelow { leftExtent = max(leftExtent, s.chartTickExtent) }
    }

    /// The colorbar, its tick labels and its label, right of the grid.
    mutating func reserveColorbar() {
        if let ticks = r.colorbarTickLabels {
            let tickWidth = ticks.map { m.measure($0, size: t.tick, bold: false).width }.max() ?? 0
            colorbarExtent = t.blockGap + t.colorbarWidth + t.tickLabelOffset + tickWidth
            if r.colorbarLabel != nil { colorbarExtent += t.colorbarLabelGap + s.labelHeight }
        }
        rightExtent = colorbarExtent
    }

    /// A row of charts under the grid: title, plot, tick labels and the shared "step" label;
    /// or a column right of it: the gap before it and its tick labels (its width comes with the grid's).
    mutating func reserveCharts() {
        chartsExtra = chartsRight ? t.chartColumnOffset + s.chartTickExtent : 0
        chartRowPlot = max(t.chartRowShare * (bottom - top), t.chartMinimumHeight)
        chartRowBelowPlot = t.tickLabelOffset + s.tickHeight + t.axisLabelGap + s.labelHeight
        if chartsBelow { bottom -= t.gap + s.chartTitleHeight + chartRowPlot + chartRowBelowPlot }
    }

    /// The legend under everything, in as many columns as fit, or in one column on the right.
    mutating func reserveLegend(below: Bool) {
        guard !legend.isEmpty else { return }
        if below {
            legend.fitColumns(width: W - 2 * t.margin)
            bottom -= legend.heightBelow + t.gap
        } else {
            rightExtent += t.blockGap + legend.columnWidth + 2 * legend.padding
        }
    }

    /// The panel grid in the space left. Shared axes, so gaps hold only panel titles and keep
    /// the end tick labels of neighbouring panels ("1.0", "−1.0") apart. Equal-aspect panels
    /// are as large as both directions allow; the group (labels, panels, colorbar, charts,
    /// legend) is centred across, and leftover height goes half above the titles, half below
    /// the labels.
    mutating func sizeGrid() -> PanelGrid {
        let hGap = max(t.panelGap, s.xTickWidth + t.tickLabelClearance)
        let vGap = t.panelRowGap + s.panelTitleHeight
        var availableWidth = W - 2 * t.margin - leftExtent - rightExtent - chartsExtra
        let availableHeight = bottom - top - s.panelTitleHeight
        var cellHeight = max((availableHeight - Double(r.rows - 1) * vGap) / Double(r.rows), 10)
        let gaps = Double(r.columns - 1) * hGap
        let aspects = r.columnAspects ?? r.panelAspect.map { Array(repeating: $0, count: r.columns) }
        // Σ width / height over the columns: the row's width per pixel of height.
        let widthPerHeight = aspects.map { $0.reduce(0) { $0 + 1 / $1 } }
        var chartWidth = 0.0
        if chartsRight {
            // Charts take what equal-aspect panels leave, within their share of the width.
            let gridWidth = widthPerHeight.map { cellHeight * $0 + gaps } ?? 0.6 * availableWidth
            let share = t.chartColumnShare
            chartWidth = min(max(availableWidth - gridWidth, share.lowerBound * availableWidth), share.upperBound * availableWidth)
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
        let groupWidth = leftExtent + blockWidth + rightExtent + chartsExtra + chartWidth
        let slack = max(0, availableHeight - blockHeight) / 2
        titleBaseline?.y += slack
        subtitleBaseline?.y += slack
        return PanelGrid(columnWidths: columnWidths, cellHeight: cellHeight, hGap: hGap, vGap: vGap, chartWidth: chartWidth,
                         x: (W - groupWidth) / 2 + leftExtent, y: top + s.panelTitleHeight + slack, height: blockHeight)
    }

    /// Panels row by row, on whole pixels so the surface raster lands on the pixel grid unresampled.
    func panelRects(_ grid: PanelGrid) -> [Rect] {
        var panels: [Rect] = []
        for row in 0..<r.rows {
            for column in 0..<r.columns {
                let x = grid.x + grid.columnWidths[..<column].reduce(0, +) + Double(column) * grid.hGap
                panels.append(Rect(x: x.rounded(), y: (grid.y + Double(row) * (grid.cellHeight + grid.vGap)).rounded(),
                                   width: grid.columnWidths[column].rounded(), height: grid.cellHeight.rounded()))
            }
        }
        return panels
    }

    /// The band above each panel for its title, when panels have titles.
    func titleBands(_ panels: [Rect]) -> [Rect] {
        guard r.hasPanelTitles else { return [] }
        return panels.map {
            Rect(x: $0.minX, y: $0.minY - s.panelTitleHeight, width: $0.width, height: s.panelTitleHeight - t.titleBandGap)
        }
    }

    /// The x label's baseline height, under the grid's tick labels.
    private func xLabelY(_ grid: PanelGrid) -> Double {
        grid.bottom + s.xTickBand(t) + t.axisLabelGap + s.labelAscent
    }

    func xLabelCenter(_ grid: PanelGrid) -> Point? {
        r.xLabel.map { _ in Point(grid.x + grid.width / 2, xLabelY(grid)) }
    }

    func yLabelCenter(_ grid: PanelGrid) -> Point? {
        r.yLabel.map { _ in
            Point(grid.x - t.tickLabelOffset - s.yTickWidth - t.sideLabelGap - s.labelHeight / 2, grid.y + grid.height / 2)
        }
    }

    /// The colorbar beside the grid, from the top of its first panel to the bottom of its
    /// last, and its label's centre.
    func placeColorbar(_ grid: PanelGrid, panels: [Rect]) -> (rect: Rect?, labelCenter: Point?) {
        guard r.colorbarTickLabels != nil else { return (nil, nil) }
        let x = grid.x + grid.width
        let rect = Rect(x: (x + t.blockGap).rounded(), y: panels[0].minY, width: t.colorbarWidth.rounded(),
                        height: panels[panels.count - 1].maxY - panels[0].minY)
        let label = r.colorbarLabel.map { _ in Point(x + colorbarExtent - s.labelHeight / 2, grid.y + grid.height / 2) }
        return (rect, label)
    }

    /// Where the charts start: right of the grid and colorbar.
    private func chartsLeft(_ grid: PanelGrid) -> Double { grid.x + grid.width + colorbarExtent + chartsExtra }

    /// Companion charts: a column right of the grid (titles above each, x tick labels on the
    /// last), or a row under it (across the figure when the grid is narrower); the shared x
    /// label's centre, and the bottom of what they occupy (for the legend under them).
    func placeCharts(_ grid: PanelGrid) -> (placements: [ChartPlacement], labelCenter: Point?, bottom: Double) {
        let underLabels = r.xLabel != nil ? xLabelY(grid) + t.axisLabelGap : grid.bottom + t.tickLength + s.tickHeight + t.gap
        guard let c = r.charts, !c.titles.isEmpty else { return ([], nil, underLabels) }
        let n = c.titles.count
        func title(_ i: Int, width: Double) -> String {
            c.titles[i].first { m.measure($0, size: t.chartTitle, bold: false).width <= width } ?? c.titles[i].last ?? ""
        }
        func titleBaseline(x: Double, titleTop: Double) -> Point {
            Point(x, titleTop + s.chartTitleHeight - t.titleBandGap - s.chartTitleDescent)
        }
        var charts: [ChartPlacement] = []
        if chartsRight {
            let x = chartsLeft(grid), width = grid.chartWidth
            let plotHeight = max((grid.height - Double(n) * s.chartTitleHeight - Double(n - 1) * t.chartColumnGap) / Double(n), 10)
            for i in 0..<n {
                let titleTop = grid.y + Double(i) * (s.chartTitleHeight + plotHeight + t.chartColumnGap)
                charts.append(ChartPlacement(
                    plot: Rect(x: x.rounded(), y: (titleTop + s.chartTitleHeight).rounded(), width: width.rounded(), height: plotHeight.rounded()),
                    title: title(i, width: width), titleBaseline: titleBaseline(x: x, titleTop: titleTop), showsXTickLabels: i == n - 1))
            }
            return (charts, Point(x + width / 2, xLabelY(grid)), underLabels)
        }
        let rowTop = underLabels + t.gap
        let full = W - 2 * t.margin - leftExtent
        let span = max(grid.width + colorbarExtent, full)
        let left = span > grid.width + colorbarExtent ? t.margin + leftExtent : grid.x
        let gap = t.blockGap + s.chartTickExtent
        let plotWidth = max((span - Double(n - 1) * gap) / Double(n), 10)
        for i in 0..<n {
            let x = left + Double(i) * (plotWidth + gap)
            charts.append(ChartPlacement(
                plot: Rect(x: x.rounded(), y: (rowTop + s.chartTitleHeight).rounded(), width: plotWidth.rounded(), height: chartRowPlot.rounded()),
                title: title(i, width: plotWidth), titleBaseline: titleBaseline(x: x, titleTop: rowTop), showsXTickLabels: true))
        }
        let plotBottom = rowTop + s.chartTitleHeight + chartRowPlot
        let center = Point(left + span / 2, plotBottom + chartRowBelowPlot - s.labelHeight + s.labelAscent)
        return (charts, center, plotBottom + chartRowBelowPlot)
    }

    /// The legend centred under everything above it, or at the top right of the grid, colorbar and charts.
    func placeLegend(below: Bool, grid: PanelGrid, afterCharts: Double) -> LegendPlacement? {
        guard !legend.isEmpty else { return nil }
        return below ? legend.placementBelow(width: W, top: afterCharts + t.gap)
            : legend.placementRight(x: grid.x + grid.width + colorbarExtent + t.blockGap, top: grid.y)
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
        rowHeight = t.legendLineSpacing * m.measure("Xg", size: t.legend, bold: false).height
        padding = t.legendPadding
        swatch = t.legendSwatchWidth
        let textColumns = r.legendEntries.map(\.count).max() ?? 0
        var offsets: [Double] = []
        var textWidth = 0.0
        for c in 0..<textColumns {
            let widths = r.legendEntries.compactMap { $0.indices.contains(c) ? m.measure($0[c], size: t.legend, bold: false).width : nil }
            offsets.append(textWidth)
            textWidth += (widths.max() ?? 0) + (c + 1 < textColumns ? t.legendColumnGap : 0)
        }
        textOffsets = offsets
        columnWidth = swatch + t.legendSwatchGap + textWidth + padding
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
