import Descent

/// What a panel shows under its paths, in pixels from the panel's top-left corner: the surface
/// raster, the contour lines and the gradient field. Panels of one surface over one box at one
/// size (a grid of small multiples) share one backdrop, and so one embedded image in SVG and PDF
/// (the class's identity names the image).
final class PanelBackdrop: Sendable {
    let image: PixelImage?
    /// The filled bands as vector regions, for SVG and PDF: the lowest band's colour under the
    /// whole panel, then for each contour level the rings of the region above it in the next
    /// band's colour (even–odd rule, clipped to the panel). Nil when not asked for, for a
    /// heatmap, or when the surface has non-finite values (the raster shows those).
    let bands: [(color: RGB, rings: [[Point]])]?
    /// Contour lines level by level, lowest first, simplified to a quarter of a pixel.
    let contours: [ContourLevel]
    /// The gradient field: arrows (tail, head, strength) or streamlines.
    let arrows: [(tail: Point, head: Point, strength: Double)]
    let streamlines: [[Point]]

    init(_ panel: LandscapePanel, width: Double, height: Double, mapping: ColorMapping?, colormap: Colormap, filled: Bool,
         vectorBands: Bool = false) {
        let transform = PlotTransform(box: panel.box, rect: Rect(x: 0, y: 0, width: width, height: height))
        switch panel.gradientField {
        case .arrows:
            arrows = GradientField.arrows(on: panel.surface, in: panel.box, columns: max(8, Int(width / 34)))
                .map { (transform.point($0.tail), transform.point($0.head), $0.strength) }
            streamlines = []
        case .streamlines:
            arrows = []
            streamlines = GradientField.streamlines(on: panel.surface, in: panel.box, spacing: max(0.035, 22 / width))
                .map { $0.map(transform.point) }
        case nil:
            arrows = []
            streamlines = []
        }
        guard let mapping else {
            image = nil
            bands = nil
            contours = []
            return
        }
        let columns = max(2, Int(width.rounded())), rows = max(2, Int(height.rounded()))
        var field = Heatmap.sample(panel.surface, box: panel.box, columns: columns, rows: rows)
        field.values = Parallel.map(field.values, mapping.transformed)
        image = Heatmap.image(transformed: field, mapping: mapping, colormap: colormap, filled: filled)
        contours = Self.contours(field, mapping: mapping, transform: transform)
        bands = vectorBands && filled && mapping.levels > 1 ? Self.bands(field, mapping: mapping, colormap: colormap, transform: transform) : nil
    }

    /// Band b's colour (as the raster shows it, the colormap at (b + ½)/levels) and the rings of
    /// {f ≥ the level below it} in pixels, simplified to 0.25 px; band 0 has none (it is the
    /// ground). Nil when a value of `field` is not finite.
    private static func bands(_ field: Field, mapping: ColorMapping, colormap: Colormap,
                              transform: PlotTransform) -> [(color: RGB, rings: [[Point]])]? {
        guard let regions = SuperlevelSets.rings(field, levels: mapping.lineLevels) else { return nil }
        let color = { (band: Int) in colormap.color(at: (Double(band) + 0.5) / Double(mapping.levels)) }
        return [(color(0), [])] + regions.enumerated().map { k, rings in
            (color(k + 1), rings.map { ring in Self.pixels(ring, transform: transform) })
        }
    }

    /// `line` in pixels, simplified to 0.25 px (in pixels, where the tolerance means what it says).
    private static func pixels(_ line: [Vec2], transform: PlotTransform) -> [Point] {
        let pixels = line.map { p in
            let q = transform.point(p)
            return Vec2(q.x, q.y)
        }
        return PolylineSimplification.simplify(pixels, tolerance: 0.25).map { Point($0.x, $0.y) }
    }

    /// Contour lines of `field` (transformed values) at the mapping's levels, in pixels, each
    /// simplified to 0.25 px (in pixels, where the tolerance means what it says), lines
    /// simplified concurrently.
    private static func contours(_ field: Field, mapping: ColorMapping, transform: PlotTransform) -> [ContourLevel] {
        let isolines = MarchingSquares.isolines(field, levels: mapping.lineLevels)
        let lines = isolines.flatMap(\.polylines)
        let all = Parallel.results(lines.count, chunk: 8) { pixels(lines[$0], transform: transform) }
        var next = 0
        return isolines.map { isoline in
            let pixels = Array(all[next..<(next + isoline.polylines.count)])
            next += isoline.polylines.count
            return ContourLevel(value: mapping.value(transformed: isoline.level), lines: pixels)
        }
    }
}

/// The contour lines of one level.
struct ContourLevel: Sendable {
    /// The level, in the surface's values (f, not its logarithm on a log colour scale).
    let value: Double
    /// The lines, in pixels from the panel's top-left corner.
    let lines: [[Point]]
}

/// A panel at its place in the layout: a 2D panel with its backdrop, or a 3D panel with its
/// prepared mesh.
struct PreparedPanel {
    let panel: LandscapePanel
    let transform: PlotTransform
    /// What a 2D panel shows under its paths; nil for a 3D panel.
    let backdrop: PanelBackdrop?
    /// The 3D view; nil for a 2D panel, or a 3D one whose surface has no finite value.
    private(set) var solid: PreparedSolid?

    init(_ panel: LandscapePanel, rect: Rect, backdrop: PanelBackdrop?, mapping: ColorMapping?, colormap: Colormap,
         typography: Typography, measurer: some TextMeasurer) {
        self.panel = panel
        transform = PlotTransform(box: panel.box, rect: rect)
        self.backdrop = backdrop
        guard let view = panel.solid else { return }
        // Continuous colour on the mesh: one flat band colour per cell would show as steps
        // along the band edges, and the lighting already carries the shape.
        solid = SolidModel(panel, view: view, mapping: mapping, colormap: colormap, filled: false).map { model in
            PreparedSolid(model: model, camera: view.camera, rect: rect, names: panel.axisNames,
                          typography: typography, measurer: measurer)
        }
    }

    /// This panel seen by `camera`, when it is a 3D panel, fitted to `fit` when given (see
    /// `PreparedSolid.seen`).
    func seen(by camera: Camera, fittedTo fit: Rect? = nil) -> PreparedPanel {
        var copy = self
        copy.solid = solid?.seen(by: camera, fittedTo: fit)
        return copy
    }
}
