/// What a figure holds, as far as its layout is concerned: the texts to fit and the panel grid.
struct LayoutRequest {
    var width: Int
    var height: Int
    var title: String?
    var subtitle: String?
    var rows = 1
    var columns = 1
    /// Panel height over width in pixels (equal-aspect data), or nil to fill the space.
    var panelAspect: Double?
    var hasPanelTitles = false
    /// The y tick labels (of the left column), to reserve their width.
    var yTickLabels: [String] = []
    var xLabel: String?
    var yLabel: String?
    /// Colorbar tick labels and its axis label; nil draws no colorbar.
    var colorbarTickLabels: [String]?
    var colorbarLabel: String?
    /// Legend lines as columns of text, aligned across lines.
    var legendEntries: [[String]] = []
}

/// Where the legend goes: `columns` columns of entries of `rowHeight` inside `rect`; within an
/// entry, text column i starts at `textOffsets[i]` after the swatch.
struct LegendPlacement: Equatable {
    var rect: Rect
    var columns: Int
    var columnWidth: Double
    var textOffsets: [Double]
    var rowHeight: Double
    var padding: Double
    var swatchWidth: Double
}

/// Positions of every element of a figure, in pixels; no two elements overlap.
struct FigureLayout: Equatable {
    var titleBaseline: Point?
    var subtitleBaseline: Point?
    /// Panel rectangles, row by row from the top left.
    var panels: [Rect]
    var rows: Int
    var columns: Int
    /// Baseline centre of the x-axis label (below the bottom row) and centre of the rotated
    /// y-axis label (left of the left column).
    var xLabelCenter: Point?
    var yLabelCenter: Point?
    var colorbar: Rect?
    var colorbarLabelCenter: Point?
    var legend: LegendPlacement?

    /// The rectangle spanned by all panels.
    var panelBlock: Rect {
        let minX = panels.map(\.minX).min()!, maxX = panels.map(\.maxX).max()!
        let minY = panels.map(\.minY).min()!, maxY = panels.map(\.maxY).max()!
        return Rect(x: minX, y: minY, width: maxX - minX, height: maxY - minY)
    }
}

extension FigureLayout {
    /// Lays out `request` with `typography`, measuring text with `measurer`.
    /// Tries the legend right of the panels and below them, and keeps the larger panels.
    init(_ request: LayoutRequest, typography t: Typography, measurer: some TextMeasurer) {
        let right = Self.compute(request, t, measurer, legendBelow: false)
        let below = Self.compute(request, t, measurer, legendBelow: true)
        let area = { (l: FigureLayout) in l.panels[0].width * l.panels[0].height }
        let rightFits = (right.legend?.rect.maxY ?? 0) <= Double(request.height) - t.margin
        self = request.legendEntries.isEmpty || (rightFits && area(right) >= area(below) * 0.97) ? right : below
    }

    private static func compute(
        _ r: LayoutRequest, _ t: Typography, _ m: some TextMeasurer, legendBelow: Bool
    ) -> FigureLayout {
        let W = Double(r.width), H = Double(r.height)
        var top = t.margin
        var titleBaseline: Point?, subtitleBaseline: Point?
        if let title = r.title {
            let s = m.measure(title, size: t.title, bold: true)
            titleBaseline = Point(W / 2, top + s.ascent)
            top += s.height + 0.3 * t.gap
        }
        if let subtitle = r.subtitle {
            let s = m.measure(subtitle, size: t.subtitle, bold: false)
            subtitleBaseline = Point(W / 2, top + s.ascent)
            top += s.height
        }
        if titleBaseline != nil || subtitleBaseline != nil { top += t.gap }

        let tickHeight = m.measure("0", size: t.tick, bold: false).height
        let labelHeight = m.measure("x", size: t.axisLabel, bold: false).height
        let panelTitleHeight = r.hasPanelTitles ? m.measure("x", size: t.panelTitle, bold: true).height + 0.5 * t.gap : 0
        let yTickWidth = r.yTickLabels.map { m.measure($0, size: t.tick, bold: false).width }.max() ?? 0

        var bottom = H - t.margin
        if r.xLabel != nil { bottom -= labelHeight + 0.4 * t.gap }
        bottom -= tickHeight + t.tickLength + 0.5 * t.gap

        var leftExtent = t.tickLength + 0.5 * t.gap + yTickWidth
        if r.yLabel != nil { leftExtent += labelHeight + 0.6 * t.gap }

        var rightExtent = 0.0
        var colorbarExtent = 0.0
        if let ticks = r.colorbarTickLabels {
            let tickWidth = ticks.map { m.measure($0, size: t.tick, bold: false).width }.max() ?? 0
            colorbarExtent = 1.6 * t.gap + t.colorbarWidth + t.tickLength + 0.5 * t.gap + tickWidth
            if r.colorbarLabel != nil { colorbarExtent += 0.8 * t.gap + labelHeight }
            rightExtent += colorbarExtent
        }

        let legendSize = t.legend
        let rowHeight = 1.45 * m.measure("Xg", size: legendSize, bold: false).height
        let padding = 0.7 * t.gap
        let swatch = 2.4 * legendSize
        let textColumns = r.legendEntries.map(\.count).max() ?? 0
        let columnGap = 1.1 * t.gap
        var textOffsets: [Double] = []
        var textWidth = 0.0
        for c in 0..<textColumns {
            let widths = r.legendEntries.compactMap { $0.indices.contains(c) ? m.measure($0[c], size: legendSize, bold: false).width : nil }
            textOffsets.append(textWidth)
            textWidth += (widths.max() ?? 0) + (c + 1 < textColumns ? columnGap : 0)
        }
        let columnWidth = swatch + 1.1 * t.gap + textWidth + padding
        var legendHeightBelow = 0.0
        var legendColumns = 1
        if !r.legendEntries.isEmpty {
            if legendBelow {
                let available = W - 2 * t.margin - 2 * padding
                legendColumns = max(1, min(r.legendEntries.count, Int(available / columnWidth)))
                let legendRows = (r.legendEntries.count + legendColumns - 1) / legendColumns
                legendHeightBelow = Double(legendRows) * rowHeight + 2 * padding
                bottom -= legendHeightBelow + t.gap
            } else {
                rightExtent += 1.6 * t.gap + columnWidth + 2 * padding
            }
        }

        // Panel grid in the space left; shared axes, so gaps hold only panel titles and keep
        // the end tick labels of neighbouring panels ("1.0", "−1.0") apart.
        let hGap = 3.2 * t.gap
        let vGap = 1.2 * t.gap + panelTitleHeight
        let availableWidth = W - 2 * t.margin - leftExtent - rightExtent
        let availableHeight = bottom - top - panelTitleHeight
        var cellWidth = (availableWidth - Double(r.columns - 1) * hGap) / Double(r.columns)
        var cellHeight = (availableHeight - Double(r.rows - 1) * vGap) / Double(r.rows)
        cellWidth = max(cellWidth, 10)
        cellHeight = max(cellHeight, 10)
        if let aspect = r.panelAspect {
            if cellWidth * aspect > cellHeight { cellWidth = cellHeight / aspect } else { cellHeight = cellWidth * aspect }
        }
        let blockWidth = Double(r.columns) * cellWidth + Double(r.columns - 1) * hGap
        let blockHeight = Double(r.rows) * cellHeight + Double(r.rows - 1) * vGap
        // Centre the whole group (labels, panels, colorbar, legend) horizontally.
        let groupWidth = leftExtent + blockWidth + rightExtent
        let blockX = (W - groupWidth) / 2 + leftExtent
        // Leftover height goes half above the titles, half below the labels.
        let slack = max(0, availableHeight - blockHeight) / 2
        let blockY = top + panelTitleHeight + slack
        titleBaseline?.y += slack
        subtitleBaseline?.y += slack

        // Whole pixels, so the surface raster lands on the pixel grid unresampled.
        var panels: [Rect] = []
        for row in 0..<r.rows {
            for column in 0..<r.columns {
                panels.append(Rect(x: (blockX + Double(column) * (cellWidth + hGap)).rounded(),
                                   y: (blockY + Double(row) * (cellHeight + vGap)).rounded(),
                                   width: cellWidth.rounded(), height: cellHeight.rounded()))
            }
        }

        let blockBottom = blockY + blockHeight
        var xLabelCenter: Point?
        if r.xLabel != nil {
            let y = blockBottom + t.tickLength + 0.5 * t.gap + tickHeight + 0.4 * t.gap
                + m.measure("x", size: t.axisLabel, bold: false).ascent
            xLabelCenter = Point(blockX + blockWidth / 2, y)
        }
        var yLabelCenter: Point?
        if r.yLabel != nil {
            let x = blockX - t.tickLength - 0.5 * t.gap - yTickWidth - 0.6 * t.gap - labelHeight / 2
            yLabelCenter = Point(x, blockY + blockHeight / 2)
        }

        var cursor = blockX + blockWidth
        var colorbar: Rect?, colorbarLabelCenter: Point?
        if r.colorbarTickLabels != nil {
            let bar = Rect(x: (cursor + 1.6 * t.gap).rounded(), y: panels[0].minY, width: t.colorbarWidth.rounded(),
                           height: panels[panels.count - 1].maxY - panels[0].minY)
            colorbar = bar
            if r.colorbarLabel != nil {
                colorbarLabelCenter = Point(cursor + colorbarExtent - labelHeight / 2, blockY + blockHeight / 2)
            }
            cursor += colorbarExtent
        }

        var legend: LegendPlacement?
        if !r.legendEntries.isEmpty {
            let rect: Rect
            if legendBelow {
                let width = Double(legendColumns) * columnWidth + 2 * padding
                let labelsBottom = xLabelCenter.map { $0.y + 0.4 * t.gap } ?? blockBottom + t.tickLength + tickHeight + t.gap
                rect = Rect(x: (W - width) / 2, y: labelsBottom + t.gap, width: width, height: legendHeightBelow)
            } else {
                let rows = Double(r.legendEntries.count)
                rect = Rect(x: cursor + 1.6 * t.gap, y: blockY,
                            width: columnWidth + 2 * padding, height: rows * rowHeight + 2 * padding)
            }
            legend = LegendPlacement(rect: rect, columns: legendBelow ? legendColumns : 1, columnWidth: columnWidth,
                                     textOffsets: textOffsets, rowHeight: rowHeight, padding: padding, swatchWidth: swatch)
        }

        return FigureLayout(
            titleBaseline: titleBaseline, subtitleBaseline: subtitleBaseline, panels: panels,
            rows: r.rows, columns: r.columns, xLabelCenter: xLabelCenter, yLabelCenter: yLabelCenter,
            colorbar: colorbar, colorbarLabelCenter: colorbarLabelCenter, legend: legend)
    }
}
