import Descent

/// A figure with everything computed that does not depend on the output format: layout,
/// colour mapping, rasters, contour lines and ticks. Drawn once per format.
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

    /// Samples the surfaces and lays the figure out, measuring text with `measurer`.
    init(_ figure: LandscapeFigure, measurer: some TextMeasurer) {
        self.figure = figure
        typography = Typography(width: figure.width, height: figure.height)

        // The colour range comes from a coarse sample, before the layout fixes pixel sizes.
        let coarse = figure.panels.flatMap {
            Heatmap.sample($0.surface, box: $0.box, columns: 160, rows: 160).values
        }
        mapping = ColorMapping(values: coarse, scale: figure.colorScale, levels: figure.levels)
        colorbar = mapping.map { ColorbarTicks(mapping: $0) }

        let box = figure.panels[0].box
        let tickCount = figure.columns > 2 ? 4 : 6
        xTicks = NiceTicks.linear(box.x, targetCount: tickCount)
        xTickLabels = NiceTicks.labels(xTicks)
        yTicks = NiceTicks.linear(box.y, targetCount: tickCount)
        yTickLabels = NiceTicks.labels(yTicks)

        // 3D panels carry their own axes on the box; the figure's axes belong to 2D panels.
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
        }
        request.hasPanelTitles = figure.panels.contains { $0.title != nil }
        request.yTickLabels = hasFlat ? yTickLabels : []
        request.xLabel = hasFlat ? figure.xLabel : nil
        request.yLabel = hasFlat ? figure.yLabel : nil
        request.colorbarTickLabels = colorbar?.labels
        request.colorbarLabel = colorbar?.axisLabel
        request.legendEntries = figure.legend.map(\.columns)
        var layout = FigureLayout(request, typography: typography, measurer: measurer)
        // Beside a 3D panel, the x label belongs under the 2D panels only.
        if let flat = figure.panels.firstIndex(where: { $0.solid == nil }), figure.panels.contains(where: { $0.solid != nil }) {
            layout.xLabelCenter?.x = layout.panels[flat].midX
        }
        self.layout = layout

        let mapping = self.mapping, typography = self.typography
        panels = figure.panels.enumerated().map { index, panel in
            PreparedPanel(panel, rect: layout.panels[index], mapping: mapping, colormap: figure.colormap,
                          filled: figure.style == .filled, typography: typography, measurer: measurer)
        }
    }

    /// The same figure with every 3D panel seen by `camera`: one frame of a moving camera,
    /// reusing the sampled surfaces, colours, layout and lines.
    func seen(by camera: Camera) -> PreparedFigure {
        var copy = self
        copy.panels = panels.map { $0.seen(by: camera) }
        return copy
    }
}

/// A panel's raster and contour lines at its size in the layout; or, for a 3D panel, its
/// prepared mesh.
struct PreparedPanel {
    let panel: LandscapePanel
    let transform: PlotTransform
    let image: PixelImage?
    /// Contour lines in figure pixels, simplified to a tenth of a pixel.
    let contourLines: [[Point]]
    /// The 3D view; nil for a 2D panel, or a 3D one whose surface has no finite value.
    private(set) var solid: PreparedSolid?

    init(_ panel: LandscapePanel, rect: Rect, mapping: ColorMapping?, colormap: Colormap, filled: Bool,
         typography: Typography, measurer: some TextMeasurer) {
        self.panel = panel
        transform = PlotTransform(box: panel.box, rect: rect)
        if let view = panel.solid {
            image = nil
            contourLines = []
            // Continuous colour on the mesh: one flat band colour per cell would show as steps
            // along the band edges, and the lighting already carries the shape.
            solid = SolidModel(panel, view: view, mapping: mapping, colormap: colormap, filled: false).map { model in
                PreparedSolid(model: model, camera: view.camera, rect: rect,
                              inset: PreparedSolid.inset(model: model, typography: typography, measurer: measurer))
            }
            return
        }
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

    /// This panel seen by `camera`, when it is a 3D panel.
    func seen(by camera: Camera) -> PreparedPanel {
        var copy = self
        copy.solid = solid?.seen(by: camera)
        return copy
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
