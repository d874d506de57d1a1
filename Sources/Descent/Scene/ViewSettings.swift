/// How surface values map to colour.
public enum ColorScale: String, Sendable, CaseIterable, Codable {
    /// Colour follows f.
    case linear
    /// Colour follows log(1 + f − min f), for surfaces whose values span decades.
    case log
}

/// How the surface is painted under the paths.
public enum SurfaceStyle: String, Sendable, CaseIterable, Codable {
    /// Flat colour bands between contour levels, like matplotlib's contourf.
    case filled
    /// Continuous colour.
    case heatmap
}

/// What part of the plane is shown and how the surface is painted.
public struct ViewSettings: Sendable, Equatable {
    /// The rectangle of the plane shown.
    public var box: ViewBox
    /// How values map to colour.
    public var colorScale: ColorScale
    /// Name of the colormap (`viridis`, `magma`, ...).
    public var colormap: String
    /// Filled contour bands or a continuous heatmap.
    public var style: SurfaceStyle
    /// Number of contour levels (filled bands and lines); 0 draws no contour lines.
    public var levels: Int
    /// Draw known minima as star markers.
    public var showMinima: Bool
    /// Find and mark every minimum, saddle and maximum in view, each kind with its own marker.
    public var showCriticalPoints: Bool
    /// Draw −∇f over the surface; nil draws nothing.
    public var gradientField: GradientFieldStyle?
    /// 2D, 3D, or both side by side.
    public var projection: Projection = .flat
    /// How the 3D view looks, when there is one.
    public var solid = SolidView()
    /// Grid points per side where a surface is computed on a grid (networks, `descent grid`).
    public var resolution: Int = 101

    /// View settings over `box`; 2D unless `projection` is set afterwards.
    public init(box: ViewBox, colorScale: ColorScale = .linear, colormap: String = "viridis",
                style: SurfaceStyle = .filled, levels: Int = 30, showMinima: Bool = true,
                showCriticalPoints: Bool = false, gradientField: GradientFieldStyle? = nil) {
        self.box = box
        self.colorScale = colorScale
        self.colormap = colormap
        self.style = style
        self.levels = levels
        self.showMinima = showMinima
        self.showCriticalPoints = showCriticalPoints
        self.gradientField = gradientField
    }
}

/// How the direction of steepest descent −∇f is drawn over the surface.
public enum GradientFieldStyle: String, Sendable, CaseIterable, Codable {
    /// Short arrows on a regular grid.
    case arrows
    /// Evenly spaced lines that follow −∇f, with arrowheads.
    case streamlines
}

/// An image file format descent writes.
public enum ImageFormat: String, Sendable, CaseIterable, Codable {
    /// Raster PNG, vector SVG, vector PDF.
    case png, svg, pdf
}

/// Where and how big the figure is written.
public struct OutputSettings: Sendable, Equatable {
    /// File name without extension; a plain name, no directories.
    public var name: String
    /// Figure width in pixels; a PDF page is 0.75 pt per pixel.
    public var width: Int
    /// Figure height in pixels; a PDF page is 0.75 pt per pixel.
    public var height: Int
    /// The files to write, one per format.
    public var formats: [ImageFormat]

    /// Output settings; the defaults are a 1200 × 900 PNG.
    public init(name: String, width: Int = 1200, height: Int = 900, formats: [ImageFormat] = [.png]) {
        self.name = name
        self.width = width
        self.height = height
        self.formats = formats
    }
}
