import Descent

/// A panel's raster and contour lines at its size in the layout.
struct PreparedPanel {
    let panel: LandscapePanel
    let transform: PlotTransform
    let image: PixelImage?
    /// Contour lines in figure pixels, simplified to a tenth of a pixel.
    let contourLines: [[Point]]
    /// The gradient field in figure pixels: arrows (tail, head, strength) or streamlines.
    let arrows: [(tail: Point, head: Point, strength: Double)]
    let streamlines: [[Point]]

    init(_ panel: LandscapePanel, rect: Rect, mapping: ColorMapping?, colormap: Colormap, filled: Bool) {
        self.panel = panel
        let transform = PlotTransform(box: panel.box, rect: rect)
        self.transform = transform
        switch panel.gradientField {
        case .arrows:
            arrows = GradientField.arrows(on: panel.surface, in: panel.box, columns: max(8, Int(rect.width / 34)))
                .map { (transform.point($0.tail), transform.point($0.head), $0.strength) }
            streamlines = []
        case .streamlines:
            arrows = []
            streamlines = GradientField.streamlines(on: panel.surface, in: panel.box, spacing: max(0.035, 22 / rect.width))
                .map { $0.map(transform.point) }
        case nil:
            arrows = []
            streamlines = []
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
        contourLines = Self.contourLines(transformed, levels: mapping.lineLevels, transform: transform)
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
