import Descent

/// One run as drawn: its path, colour and legend text.
public struct DrawnRun: Sendable {
    public var label: String
    public var color: RGB
    public var points: [Vec2]

    public init(label: String, color: RGB, points: [Vec2]) {
        self.label = label
        self.color = color
        self.points = points
    }
}

/// One panel: a view of a surface with runs drawn over it, from above (2D) or, with
/// `solid`, as a lit mesh in 3D.
public struct LandscapePanel: Sendable {
    public var title: String?
    public var box: ViewBox
    public var surface: any Surface
    public var runs: [DrawnRun]
    public var minima: [Vec2]
    /// How the 3D view looks; nil draws the 2D view.
    public var solid: SolidView?

    public init(title: String? = nil, box: ViewBox, surface: any Surface, runs: [DrawnRun], minima: [Vec2],
                solid: SolidView? = nil) {
        self.title = title
        self.box = box
        self.surface = surface
        self.runs = runs
        self.minima = minima
        self.solid = solid
    }
}

/// A legend line: a run's colour and its text in columns (name, settings, outcome), aligned
/// with the other lines.
public struct LegendEntry: Sendable {
    public var columns: [String]
    public var color: RGB

    public init(columns: [String], color: RGB) {
        self.columns = columns
        self.color = color
    }
}

/// A figure of one or more landscape panels sharing a colour scale, a colorbar and a legend.
/// Pure data; `FigureWriter` draws it.
public struct LandscapeFigure: Sendable {
    public var width: Int
    public var height: Int
    public var title: String?
    public var subtitle: String?
    public var xLabel = "x"
    public var yLabel = "y"
    public var colormap: Colormap
    public var colorScale: ColorScale
    public var style: SurfaceStyle
    /// Contour levels (bands and lines); 0 for none.
    public var levels: Int
    public var panels: [LandscapePanel]
    public var columns: Int
    public var legend: [LegendEntry]
    /// Keep one data unit the same length on both axes.
    public var equalAspect: Bool

    public init(width: Int, height: Int, title: String?, subtitle: String?, colormap: Colormap,
                colorScale: ColorScale, style: SurfaceStyle, levels: Int, panels: [LandscapePanel],
                columns: Int = 1, legend: [LegendEntry], equalAspect: Bool) {
        self.width = width
        self.height = height
        self.title = title
        self.subtitle = subtitle
        self.colormap = colormap
        self.colorScale = colorScale
        self.style = style
        self.levels = levels
        self.panels = panels
        self.columns = columns
        self.legend = legend
        self.equalAspect = equalAspect
    }

    var rows: Int { (panels.count + columns - 1) / columns }
}
