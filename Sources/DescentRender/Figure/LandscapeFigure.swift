import Descent

/// One run as drawn: its path, colour and legend text.
public struct DrawnRun: Sendable {
    /// Legend name of the run.
    public var label: String
    /// The path's colour.
    public var color: RGB
    /// Positions after each update, the start first.
    public var points: [Vec2]

    /// A run drawn along `points`.
    public init(label: String, color: RGB, points: [Vec2]) {
        self.label = label
        self.color = color
        self.points = points
    }
}

/// A panel's outcome badge: its text from the longest form to the shortest (the longest that
/// fits is drawn) and how good the outcome is (its colour).
public struct PanelBadge: Sendable {
    /// The badge text, longest form first.
    public var texts: [String]
    /// How good the outcome is; it sets the badge colour.
    public var verdict: Outcome.Verdict

    /// A badge with the given texts and verdict.
    public init(texts: [String], verdict: Outcome.Verdict) {
        self.texts = texts
        self.verdict = verdict
    }

    /// The badge of `outcome`: its medium and short texts, the surface's values named `quantity`.
    public init(_ outcome: Outcome, quantity: String = "f") {
        self.init(texts: [outcome.text(.medium, quantity: quantity), outcome.text(.short)], verdict: outcome.verdict)
    }
}

/// One panel: a view of a surface with runs drawn over it, from above (2D) or, with
/// `solid`, as a lit mesh in 3D.
public struct LandscapePanel: Sendable {
    /// Panel title; nil for none.
    public var title: String?
    /// A short line in this colour before the title: the colour of the panel's run in charts.
    public var titleColor: RGB?
    /// The outcome badge in a corner of the panel; nil for none.
    public var badge: PanelBadge?
    /// The part of the plane shown.
    public var box: ViewBox
    /// The surface painted.
    public var surface: any Surface
    /// The paths drawn over the surface.
    public var runs: [DrawnRun]
    /// Known minima, drawn as stars.
    public var minima: [Vec2]
    /// Critical points drawn with a marker per kind (replacing the stars when given).
    public var criticalPoints: [CriticalPoint]
    /// How −∇f is drawn over the surface; nil draws nothing.
    public var gradientField: GradientFieldStyle?
    /// How the 3D view looks; nil draws the 2D view.
    public var solid: SolidView?
    /// What a 3D view's box calls its axes.
    public var axisNames = AxisNames()

    /// A panel; by default 2D, without title, badge, critical points or gradient field.
    public init(title: String? = nil, titleColor: RGB? = nil, badge: PanelBadge? = nil, box: ViewBox,
                surface: any Surface, runs: [DrawnRun], minima: [Vec2], criticalPoints: [CriticalPoint] = [],
                gradientField: GradientFieldStyle? = nil, solid: SolidView? = nil) {
        self.title = title
        self.titleColor = titleColor
        self.badge = badge
        self.box = box
        self.surface = surface
        self.runs = runs
        self.minima = minima
        self.criticalPoints = criticalPoints
        self.gradientField = gradientField
        self.solid = solid
    }
}

/// What a legend line shows before its text.
public enum LegendSwatch: Sendable, Equatable {
    /// A short path with an end dot, in the entry's colour.
    case path
    /// The marker of a kind of critical point.
    case criticalPoint(CriticalPoint.Kind)
    /// A tinted square, as a chart's outcome band.
    case band
    /// A plain stroke, as a chart's line.
    case line
}

/// A legend line: a run's colour and its text in columns (name, settings, outcome), aligned
/// with the other lines.
public struct LegendEntry: Sendable {
    /// The text of the line, one string per aligned column.
    public var columns: [String]
    /// The colour of the swatch.
    public var color: RGB
    /// What is drawn before the text.
    public var swatch: LegendSwatch

    /// A legend line with a path swatch unless told otherwise.
    public init(columns: [String], color: RGB, swatch: LegendSwatch = .path) {
        self.columns = columns
        self.color = color
        self.swatch = swatch
    }
}

/// A figure of one or more landscape panels sharing a colour scale, a colorbar and a legend.
/// Pure data; `FigureWriter` draws it.
public struct LandscapeFigure: Sendable {
    /// Figure width in pixels.
    public var width: Int
    /// Figure height in pixels.
    public var height: Int
    /// Title at the top; nil for none.
    public var title: String?
    /// Line under the title; nil for none.
    public var subtitle: String?
    /// Name of the horizontal axis.
    public var xLabel = "x"
    /// Name of the vertical axis.
    public var yLabel = "y"
    /// What the colour shows, on the colorbar: `f`, `loss`, `train_loss`.
    public var valueLabel = "f"
    /// The colours the values map to.
    public var colormap: Colormap
    /// Whether colour follows f or its logarithm.
    public var colorScale: ColorScale
    /// Filled contour bands or a continuous heatmap.
    public var style: SurfaceStyle
    /// Contour levels (bands and lines); 0 for none.
    public var levels: Int
    /// The panels, in reading order.
    public var panels: [LandscapePanel]
    /// Panels per row.
    public var columns: Int
    /// Lines of the legend, one per run.
    public var legend: [LegendEntry]
    /// Keep one data unit the same length on both axes.
    public var equalAspect: Bool
    /// Companion charts against the step.
    public var charts: [ChartPanel]
    /// Charts in a row under the panels (true) or a column right of them.
    public var chartsBelow: Bool
    /// Every panel shows the same surface over the same box (small multiples of a sweep), so
    /// the raster, contour lines and gradient field are computed once for all.
    public var sharedBackdrop = false

    /// A figure; by default one column, no charts, charts to the right.
    public init(width: Int, height: Int, title: String?, subtitle: String?, colormap: Colormap,
                colorScale: ColorScale, style: SurfaceStyle, levels: Int, panels: [LandscapePanel],
                columns: Int = 1, legend: [LegendEntry], equalAspect: Bool, charts: [ChartPanel] = [],
                chartsBelow: Bool = false) {
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
        self.charts = charts
        self.chartsBelow = chartsBelow
    }

    var rows: Int { (panels.count + columns - 1) / columns }
}
