import Descent

/// How an axis maps values.
public enum ChartScale: Sendable {
    /// Values map linearly, or by their logarithm (positive values only).
    case linear, log
}

/// One line of a chart: y against x, in one colour.
public struct ChartSeries: Sendable {
    /// The line colour.
    public var color: RGB
    /// Horizontal positions, one per point.
    public var xs: [Double]
    /// Vertical positions, one per point; non-finite values leave gaps.
    public var ys: [Double]
    /// Points from this index on are drawn but do not widen the y axis (a diverging run's
    /// blow-up would flatten every other line); nil: all points count.
    public var rangeEnd: Int?
    /// Draw a × at the last point (a diverged run).
    public var endsInCross: Bool
    /// Draw a dot at every point instead of a line (a dense sweep's final losses).
    public var dots: Bool

    /// A series; `xs` and `ys` have one value per point.
    public init(color: RGB, xs: [Double], ys: [Double], rangeEnd: Int? = nil, endsInCross: Bool = false, dots: Bool = false) {
        self.color = color
        self.xs = xs
        self.ys = ys
        self.rangeEnd = rangeEnd
        self.endsInCross = endsInCross
        self.dots = dots
    }
}

/// A vertical line at `x` with a label, such as the stability limit 2/λmax.
public struct ChartRule: Sendable {
    /// Where the rule stands, in x units.
    public var x: Double
    /// Text drawn beside the rule.
    public var label: String
    /// The rule's colour.
    public var color: RGB

    /// A rule at `x`.
    public init(x: Double, label: String, color: RGB) {
        self.x = x
        self.label = label
        self.color = color
    }
}

/// A tinted stretch of the x axis, from `from` to `to`, behind the lines (an outcome region).
public struct ChartBand: Sendable {
    /// Where the band starts, in x units.
    public var from: Double
    /// Where the band ends, in x units.
    public var to: Double
    /// The tint.
    public var color: RGB

    /// A band from `from` to `to`.
    public init(from: Double, to: Double, color: RGB) {
        self.from = from
        self.to = to
        self.color = color
    }
}

/// A chart: lines over x, with optional rules and bands. Pure data; the figure lays it out.
public struct ChartPanel: Sendable {
    /// The title, longest form first; the longest that fits is drawn.
    public var titles: [String]
    /// The lines, drawn in order.
    public var series: [ChartSeries]
    /// How x maps to the axis.
    public var xScale: ChartScale
    /// nil chooses: log when every finite value is > 0 and they span two decades or more.
    public var yScale: ChartScale?
    /// The x range; nil spans the data.
    public var xRange: ClosedRange<Double>?
    /// Vertical labelled lines, such as stability limits.
    public var rules: [ChartRule]
    /// Tinted stretches of x behind the lines.
    public var bands: [ChartBand]
    /// Text shown in the middle when there is nothing to draw.
    public var note: String?

    /// A chart; by default linear in x, y scale chosen from the data, no rules, bands or note.
    public init(titles: [String], series: [ChartSeries], xScale: ChartScale = .linear, yScale: ChartScale? = nil,
                xRange: ClosedRange<Double>? = nil, rules: [ChartRule] = [], bands: [ChartBand] = [], note: String? = nil) {
        self.titles = titles
        self.series = series
        self.xScale = xScale
        self.yScale = yScale
        self.xRange = xRange
        self.rules = rules
        self.bands = bands
        self.note = note
    }
}
