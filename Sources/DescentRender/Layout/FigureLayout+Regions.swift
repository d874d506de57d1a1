extension FigureLayout {
    /// Every region of the figure that holds ink, named: titles, panels and their title bands,
    /// tick-label bands, axis labels, colorbar and its labels, charts with their titles and
    /// tick labels, legend. Text regions are measured the way the painters place text, so that
    /// "no two regions overlap" means no two things drawn overlap.
    func inkedRegions(_ r: LayoutRequest, typography t: Typography, measurer m: some TextMeasurer) -> [(String, Rect)] {
        var regions: [(String, Rect)] = []
        func text(_ name: String, _ s: String, size: Double, bold: Bool = false, centerX: Double, baseline: Double) {
            let size = m.measure(s, size: size, bold: bold)
            regions.append((name, Rect(x: centerX - size.width / 2, y: baseline - size.ascent, width: size.width, height: size.height)))
        }
        if let p = titleBaseline, let s = r.title { text("title", s, size: t.title, bold: true, centerX: p.x, baseline: p.y) }
        if let p = subtitleBaseline, let s = r.subtitle { text("subtitle", s, size: t.subtitle, centerX: p.x, baseline: p.y) }
        if let p = xLabelCenter, let s = r.xLabel { text("x label", s, size: t.axisLabel, centerX: p.x, baseline: p.y) }
        if let p = yLabelCenter, let s = r.yLabel {
            let size = m.measure(s, size: t.axisLabel, bold: false)
            regions.append(("y label", Rect(x: p.x - size.height / 2, y: p.y - size.width / 2, width: size.height, height: size.width)))
        }
        let tickHeight = m.measure("0", size: t.tick, bold: false).height
        let yTickWidth = r.yTickLabels.map { m.measure($0, size: t.tick, bold: false).width }.max() ?? 0
        let xTickWidth = r.xTickLabels.map { m.measure($0, size: t.tick, bold: false).width }.max() ?? t.gap
        for (i, panel) in panels.enumerated() {
            regions.append(("panel \(i)", panel))
            if panelTitleBands.indices.contains(i) { regions.append(("panel \(i) title", panelTitleBands[i])) }
            if i % columns == 0, yTickWidth > 0 {
                regions.append(("panel \(i) y ticks", Rect(x: panel.minX - t.tickLabelOffset - yTickWidth, y: panel.minY - tickHeight / 2,
                                                           width: yTickWidth, height: panel.height + tickHeight)))
            }
            if i + columns >= panels.count {
                regions.append(("panel \(i) x ticks", Rect(x: panel.minX - xTickWidth / 2, y: panel.maxY + t.tickLabelOffset,
                                                           width: panel.width + xTickWidth, height: tickHeight)))
            }
        }
        if let bar = colorbar {
            regions.append(("colorbar", bar))
            let width = r.colorbarTickLabels?.map { m.measure($0, size: t.tick, bold: false).width }.max() ?? 0
            regions.append(("colorbar ticks", Rect(x: bar.maxX + t.tickLabelOffset, y: bar.minY - tickHeight / 2,
                                                   width: width, height: bar.height + tickHeight)))
        }
        if let p = colorbarLabelCenter, let s = r.colorbarLabel {
            let size = m.measure(s, size: t.axisLabel, bold: false)
            regions.append(("colorbar label", Rect(x: p.x - size.height / 2, y: p.y - size.width / 2, width: size.height, height: size.width)))
        }
        let chartTickWidth = r.charts?.yTickLabels.map { m.measure($0, size: t.tick, bold: false).width }.max() ?? 0
        for (i, chart) in charts.enumerated() {
            regions.append(("chart \(i)", chart.plot))
            let title = m.measure(chart.title, size: t.chartTitle, bold: false)
            regions.append(("chart \(i) title", Rect(x: chart.titleBaseline.x, y: chart.titleBaseline.y - title.ascent,
                                                     width: title.width, height: title.height)))
            regions.append(("chart \(i) y ticks", Rect(x: chart.plot.minX - t.tickLabelOffset - chartTickWidth, y: chart.plot.minY - tickHeight / 2,
                                                       width: chartTickWidth, height: chart.plot.height + tickHeight)))
            if chart.showsXTickLabels {
                regions.append(("chart \(i) x ticks", Rect(x: chart.plot.minX - 0.5 * t.gap, y: chart.plot.maxY + t.tickLabelOffset,
                                                           width: chart.plot.width + t.gap, height: tickHeight)))
            }
        }
        if let p = chartXLabelCenter, let s = r.charts?.xLabel { text("charts x label", s, size: t.axisLabel, centerX: p.x, baseline: p.y) }
        if let legend { regions.append(("legend", legend.rect)) }
        return regions
    }
}
