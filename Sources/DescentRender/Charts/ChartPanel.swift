import Descent

/// How an axis maps values.
public enum ChartScale: Sendable {
    case linear, log
}

/// One line of a chart: y against x, in one colour.
public struct ChartSeries: Sendable {
    public var color: RGB
    public var xs: [Double]
    public var ys: [Double]
    /// Points from this index on are drawn but do not widen the y axis (a diverging run's
    /// blow-up would flatten every other line); nil: all points count.
    public var rangeEnd: Int?
    /// Draw a × at the last point (a diverged run).
    public var endsInCross: Bool
    /// Draw a dot at every point instead of a line (a dense sweep's final losses).
    public var dots: Bool

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
    public var x: Double
    public var label: String
    public var color: RGB

    public init(x: Double, label: String, color: RGB) {
        self.x = x
        self.label = label
        self.color = color
    }
}

/// A tinted stretch of the x axis, from `from` to `to`, behind the lines (an outcome region).
public struct ChartBand: Sendable {
    public var from: Double
    public var to: Double
    public var color: RGB

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
    public var series: [ChartSeries]
    public var xScale: ChartScale
    /// nil chooses: log when every finite value is > 0 and they span two decades or more.
    public var yScale: ChartScale?
    /// The x range; nil spans the data.
    public var xRange: ClosedRange<Double>?
    public var rules: [ChartRule]
    public var bands: [ChartBand]
    /// Text shown in the middle when there is nothing to draw.
    public var note: String?

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
