import Descent

/// A figure with everything computed that does not depend on the output format: layout,
/// colour mapping, rasters, contour lines and ticks. Drawn once per format.
struct PreparedFigure {
    let figure: LandscapeFigure
    let typography: Typography
    let layout: FigureLayout
    let mapping: ColorMapping?
    let colorbar: ColorbarTicks?
    let panels: [PreparedPanel]
    let xTicks: [Double]
    let xTickLabels: [String]
    let yTicks: [Double]
    let yTickLabels: [String]

    /// Samples the surfaces and lays the figure out, measuring text with `measurer`.
    init(_ figure: LandscapeFigure, measurer: some TextMeasurer) {
        self.figure = figure
        typography = Typography(width: figure.width, height: figure.height)

        // The colour range comes from a coarse sample, before the layout fixes pixel sizes.
        let coarse = figure.panels.flatMap {
            Heatmap.sample($0.surface, box: $0.box, columns: 160, rows: 160).values
        }
        mapping = ColorMapping(values: coarse, scale: figure.colorScale, levels: figure.levels)
        colorbar = mapping.map { ColorbarTicks(mapping: $0, quantity: figure.valueLabel) }

        let box = figure.panels[0].box
        let tickCount = figure.columns > 2 ? 4 : 6
        xTicks = NiceTicks.linear(box.x, targetCount: tickCount)
        xTickLabels = NiceTicks.labels(xTicks)
        yTicks = NiceTicks.linear(box.y, targetCount: tickCount)
        yTickLabels = NiceTicks.labels(yTicks)

        var request = LayoutRequest(width: figure.width, height: figure.height)
        request.title = figure.title
        request.subtitle = figure.subtitle
        request.rows = figure.rows
        request.columns = figure.columns
        if figure.equalAspect { request.panelAspect = box.height / box.width }
        request.hasPanelTitles = figure.panels.contains { $0.title != nil }
        request.yTickLabels = yTickLabels
        request.xLabel = figure.xLabel
        request.yLabel = figure.yLabel
        request.colorbarTickLabels = colorbar?.labels
        request.colorbarLabel = colorbar?.axisLabel
        request.legendEntries = figure.legend.map(\.columns)
        layout = FigureLayout(request, typography: typography, measurer: measurer)

        let layout = self.layout, mapping = self.mapping
        panels = figure.panels.enumerated().map { index, panel in
            PreparedPanel(panel, rect: layout.panels[index], mapping: mapping, colormap: figure.colormap,
                          filled: figure.style == .filled)
        }
    }
}

/// A panel's raster and contour lines at its size in the layout.
struct PreparedPanel {
    let panel: LandscapePanel
    let transform: PlotTransform
    let image: PixelImage?
    /// Contour lines in figure pixels, simplified to a tenth of a pixel.
    let contourLines: [[Point]]

    init(_ panel: LandscapePanel, rect: Rect, mapping: ColorMapping?, colormap: Colormap, filled: Bool) {
        self.panel = panel
        transform = PlotTransform(box: panel.box, rect: rect)
        let columns = max(2, Int(rect.width.rounded())), rows = max(2, Int(rect.height.rounded()))
        let field = Heatmap.sample(panel.surface, box: panel.box, columns: columns, rows: rows)
        guard let mapping else {
            image = nil
            contourLines = []
            return
        }
        var transformed = field
        transformed.values = Parallel.map(field.values, mapping.transformed)
        image = Heatmap.image(transformed: transformed, mapping: mapping, colormap: colormap, filled: filled)
        contourLines = Self.contourLines(transformed, levels: mapping.lineLevels, transform: self.transform)
    }

    /// Contour lines in pixels, each simplified to 0.1 px (in pixels, where the tolerance means
    /// what it says), lines simplified concurrently.
    private static func contourLines(_ field: Field, levels: [Double], transform: PlotTransform) -> [[Point]] {
        let lines = MarchingSquares.isolines(field, levels: levels).flatMap(\.polylines)
        let simplified = ConcurrentResults<[Point]>(count: lines.count)
        Parallel.forEachRange(lines.count, chunk: 8) { range in
            for i in range {
                let pixels = lines[i].map { p in
                    let q = transform.point(p)
                    return Vec2(q.x, q.y)
                }
                simplified[i] = PolylineSimplification.simplify(pixels, tolerance: 0.25).map { Point($0.x, $0.y) }
            }
        }
        return simplified.values.map { $0 ?? [] }
    }
}
