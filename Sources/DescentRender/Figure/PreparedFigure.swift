import Descent

/// A figure with everything computed that does not depend on the output format: layout,
/// colour mapping, rasters, contour lines, ticks, charts' axes and the panel titles chosen to
/// fit. Drawn once per format.
struct PreparedFigure {
    let figure: LandscapeFigure
    let typography: Typography
    let layout: FigureLayout
    let mapping: ColorMapping?
    let colorbar: ColorbarTicks?
    private(set) var panels: [PreparedPanel]
    let xTicks: [Double]
    let xTickLabels: [String]
    let yTicks: [Double]
    let yTickLabels: [String]
    let charts: [PreparedChart]
    /// Per panel: its title line(s) as drawn.
    let panelTitles: [PanelTitle]

    /// Samples the surfaces and lays the figure out, measuring text with `measurer`; with
    /// `vectorBands`, filled bands are also traced as regions for SVG and PDF.
    init(_ figure: LandscapeFigure, measurer: some TextMeasurer, vectorBands: Bool = false) {
        self.figure = figure
        let t = Self.typography(for: figure)
        typography = t
        mapping = Self.colorMapping(figure)
        colorbar = mapping.map { ColorbarTicks(mapping: $0, quantity: figure.valueLabel) }
        let cell = Self.estimatedCell(figure)
        let box = figure.panels[0].box
        xTicks = NiceTicks.linear(box.x, targetCount: Self.tickCount(cell.width, t))
        xTickLabels = NiceTicks.labels(xTicks)
        yTicks = NiceTicks.linear(box.y, targetCount: Self.tickCount(cell.height, t))
        yTickLabels = NiceTicks.labels(yTicks)
        charts = Self.charts(figure, t)
        var request = Self.layoutRequest(figure, xTickLabels: xTickLabels, yTickLabels: yTickLabels, colorbar: colorbar, charts: charts)
        (layout, panelTitles) = Self.layOut(figure, &request, t, measurer)
        panels = Self.panels(figure, layout: layout, mapping: mapping, t, measurer, vectorBands: vectorBands)
    }

    /// The figure's typography: its size's, with panel titles smaller in dense grids.
    static func typography(for figure: LandscapeFigure) -> Typography {
        var t = Typography(width: figure.width, height: figure.height)
        t.panelScale = min(max(estimatedCell(figure).width / (420 * t.unit), 0.6), 1)
        return t
    }

    /// A panel's share of the figure, before the layout knows it exactly (about an eighth of
    /// the width goes to margins, labels and the colorbar): narrow panels get smaller titles
    /// and fewer ticks.
    private static func estimatedCell(_ figure: LandscapeFigure) -> (width: Double, height: Double) {
        (0.88 * Double(figure.width) / Double(figure.columns), 0.7 * Double(figure.height) / Double(figure.rows))
    }

    /// Ticks along `pixels` of axis: one per 90 units, 2 to 6.
    private static func tickCount(_ pixels: Double, _ t: Typography) -> Int { min(max(Int(pixels / (90 * t.unit)), 2), 6) }

    /// The colour range, from a coarse sample of every panel, before the layout fixes pixel sizes.
    private static func colorMapping(_ figure: LandscapeFigure) -> ColorMapping? {
        let coarse = figure.panels.flatMap {
            Heatmap.sample($0.surface, box: $0.box, columns: 160, rows: 160).values
        }
        return ColorMapping(values: coarse, scale: figure.colorScale, levels: figure.levels)
    }

    /// Companion charts with their axes, ticks chosen for the room they will get.
    private static func charts(_ figure: LandscapeFigure, _ t: Typography) -> [PreparedChart] {
        let count = Double(max(figure.charts.count, 1))
        let chartWidth = figure.chartsBelow ? 0.85 * Double(figure.width) / count : 0.3 * Double(figure.width)
        let chartHeight = figure.chartsBelow ? 0.2 * Double(figure.height) : 0.75 * Double(figure.height) / count
        return figure.charts.map {
            PreparedChart($0, xTicks: min(tickCount(chartWidth, t), 5), yTicks: min(max(Int(chartHeight / (45 * t.unit)), 3), 6))
        }
    }

    /// What the layout must fit: titles, the panel grid and its aspects, tick and axis labels
    /// (of 2D panels: 3D panels carry their own axes on the box), colorbar, legend and charts.
    private static func layoutRequest(_ figure: LandscapeFigure, xTickLabels: [String], yTickLabels: [String],
                                      colorbar: ColorbarTicks?, charts: [PreparedChart]) -> LayoutRequest {
        let box = figure.panels[0].box
        let hasFlat = figure.panels.contains { $0.solid == nil }
        var request = LayoutRequest(width: figure.width, height: figure.height)
        request.title = figure.title
        request.subtitle = figure.subtitle
        request.rows = figure.rows
        request.columns = figure.columns
        if let solid = figure.panels.first?.solid, !hasFlat {
            request.panelAspect = PreparedSolid.aspect(box: box, camera: solid.camera)
        } else if figure.equalAspect {
            request.panelAspect = box.height / box.width
            // A 2D map beside a 3D view: each column as wide as its own panel needs, so the
            // 3D view leaves no empty band between itself and the colorbar.
            if figure.rows == 1, figure.panels.count == figure.columns, figure.panels.contains(where: { $0.solid != nil }) {
                request.columnAspects = figure.panels.map { panel in
                    panel.solid.map { PreparedSolid.aspect(box: box, camera: $0.camera) } ?? box.height / box.width
                }
            }
        }
        request.hasPanelTitles = figure.panels.contains { $0.title != nil || $0.badge != nil }
        request.yTickLabels = hasFlat ? yTickLabels : []
        request.xTickLabels = hasFlat ? xTickLabels : []
        request.xLabel = hasFlat ? figure.xLabel : nil
        request.yLabel = hasFlat ? figure.yLabel : nil
        request.colorbarTickLabels = colorbar?.labels
        request.colorbarLabel = colorbar?.axisLabel
        request.legendEntries = figure.legend.map(\.columns)
        if !charts.isEmpty {
            request.charts = ChartsRequest(titles: figure.charts.map(\.titles), yTickLabels: charts.flatMap(\.y.labels),
                                           below: figure.chartsBelow, xLabel: "step")
        }
        return request
    }

    /// The layout and the panel titles as drawn: title and badge side by side when every
    /// panel has room, else the layout is made again with the badge on a line of its own.
    private static func layOut(_ figure: LandscapeFigure, _ request: inout LayoutRequest, _ t: Typography,
                               _ measurer: some TextMeasurer) -> (FigureLayout, [PanelTitle]) {
        var layout = FigureLayout(request, typography: t, measurer: measurer)
        func titles(_ layout: FigureLayout, oneLine: Bool) -> [PanelTitle] {
            let size = PanelTitle.commonSize(figure.panels, widths: layout.panels.map(\.width), t: t, measurer: measurer)
            return zip(figure.panels, layout.panels).map {
                PanelTitle($0.title, $0.titleColor, $0.badge, width: $1.width, size: size, oneLine: oneLine, t: t, measurer: measurer)
            }
        }
        var panelTitles = titles(layout, oneLine: true)
        if request.hasPanelTitles, panelTitles.contains(where: { !$0.fits }) {
            request.panelTitleLines = 2
            layout = FigureLayout(request, typography: t, measurer: measurer)
            panelTitles = titles(layout, oneLine: false)
        }
        // Beside a 3D panel, the x label belongs under the 2D panels only.
        if let flat = figure.panels.firstIndex(where: { $0.solid == nil }), figure.panels.contains(where: { $0.solid != nil }) {
            layout.xLabelCenter?.x = layout.panels[flat].midX
        }
        return (layout, panelTitles)
    }

    /// Each panel at its place: a 2D panel with its backdrop (one for all when the figure's
    /// panels share it), a 3D panel with its mesh.
    private static func panels(_ figure: LandscapeFigure, layout: FigureLayout, mapping: ColorMapping?, _ t: Typography,
                               _ measurer: some TextMeasurer, vectorBands: Bool) -> [PreparedPanel] {
        func backdrop(_ index: Int) -> PanelBackdrop {
            PanelBackdrop(figure.panels[index], width: layout.panels[index].width, height: layout.panels[index].height,
                          mapping: mapping, colormap: figure.colormap, filled: figure.style == .filled, vectorBands: vectorBands)
        }
        let hasFlat = figure.panels.contains { $0.solid == nil }
        let shared = figure.sharedBackdrop && hasFlat ? backdrop(0) : nil
        return figure.panels.enumerated().map { index, panel in
            PreparedPanel(panel, rect: layout.panels[index], backdrop: panel.solid == nil ? shared ?? backdrop(index) : nil,
                          mapping: mapping, colormap: figure.colormap, typography: t, measurer: measurer)
        }
    }

    /// The same figure with every 3D panel seen by `camera` (fitted to `fit` when given, see
    /// `PreparedSolid.seen`): one frame of a moving camera, reusing the sampled surfaces,
    /// colours, layout and lines.
    func seen(by camera: Camera, fittedTo fit: Rect? = nil) -> PreparedFigure {
        var copy = self
        copy.panels = panels.map { $0.seen(by: camera, fittedTo: fit) }
        return copy
    }
}

/// A panel's title as drawn: the title text (at a smaller size, or cut short with "…", when it
/// is wider than the panel), an optional colour swatch before it, and the badge text chosen to
/// fit, beside the title or on a line of its own.
struct PanelTitle {
    let text: String?
    /// The title's font size: the typography's, or smaller to fit (down to 65 % of it).
    let size: Double
    let color: RGB?
    let badge: String?
    let verdict: Outcome.Verdict?
    let oneLine: Bool
    /// False when even the shortest badge does not fit beside the title.
    let fits: Bool

    /// `text` at `size` (cut short with "…" if it still does not fit `width`), and the longest
    /// badge text that fits beside it (`oneLine`) or under it.
    init(_ text: String?, _ color: RGB?, _ badge: PanelBadge?, width: Double, size: Double, oneLine: Bool,
         t: Typography, measurer m: some TextMeasurer) {
        self.color = color
        self.verdict = badge?.verdict
        self.oneLine = oneLine
        self.size = size
        let swatch = PanelTitle.swatchExtent(color, t)
        var shown = text
        if let original = text, m.measure(original, size: size, bold: true).width > width - swatch {
            var cut = original
            repeat { cut.removeLast() } while cut.count > 1 && m.measure(cut + "…", size: size, bold: true).width > width - swatch
            shown = cut + "…"
        }
        self.text = shown
        let titleWidth = (shown.map { m.measure($0, size: size, bold: true).width } ?? 0) + swatch
        let room = oneLine ? width - titleWidth - (shown == nil ? 0 : t.gap) : width
        let fitting = badge?.texts.first { PanelTitle.badgeWidth($0, t: t, measurer: m) <= room }
        self.badge = fitting ?? badge?.texts.last
        fits = badge == nil || fitting != nil
    }

    /// One title size for all panels, so their titles match: the typography's, or the largest
    /// (down to 65 % of it) at which every title fits its panel beside its swatch.
    static func commonSize(_ panels: [LandscapePanel], widths: [Double], t: Typography, measurer m: some TextMeasurer) -> Double {
        zip(panels, widths).reduce(t.panelTitle) { size, pair in
            guard let text = pair.0.title else { return size }
            let natural = m.measure(text, size: t.panelTitle, bold: true).width
            let room = pair.1 - PanelTitle.swatchExtent(pair.0.titleColor, t)
            return natural <= room ? size : min(size, max(0.65 * t.panelTitle, t.panelTitle * room / natural))
        }
    }

    /// The swatch and the gap after it, or 0 without a colour.
    static func swatchExtent(_ color: RGB?, _ t: Typography) -> Double {
        color == nil ? 0 : swatchWidth(t) + swatchGap(t)
    }

    static func swatchWidth(_ t: Typography) -> Double { 1.6 * t.panelTitle }
    /// Between the swatch's end dot and the title.
    static func swatchGap(_ t: Typography) -> Double { 0.9 * t.gap }

    /// A badge's width: its text at badge size and padding on both sides.
    static func badgeWidth(_ text: String, t: Typography, measurer m: some TextMeasurer) -> Double {
        m.measure(text, size: t.badge, bold: true).width + 1.2 * t.gap * t.panelScale
    }
}
