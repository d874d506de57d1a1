import Descent

/// A figure of one chart filling the plot area: final loss against a swept value (the
/// learning-rate curve). Pure data; `FigureWriter` draws it.
public struct CurveFigure: Sendable {
    public var width: Int
    public var height: Int
    public var title: String?
    public var subtitle: String?
    public var xLabel: String
    public var yLabel: String
    public var chart: ChartPanel
    public var legend: [LegendEntry]

    public init(width: Int, height: Int, title: String?, subtitle: String?, xLabel: String, yLabel: String,
                chart: ChartPanel, legend: [LegendEntry]) {
        self.width = width
        self.height = height
        self.title = title
        self.subtitle = subtitle
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.chart = chart
        self.legend = legend
    }
}

/// A curve figure laid out: the chart's axes and the layout (one panel, no colorbar).
struct PreparedCurveFigure {
    let figure: CurveFigure
    let typography: Typography
    let chart: PreparedChart
    let layout: FigureLayout

    init(_ figure: CurveFigure, measurer: some TextMeasurer) {
        self.figure = figure
        typography = Typography(width: figure.width, height: figure.height)
        chart = PreparedChart(figure.chart, xTicks: 7, yTicks: 7)
        var request = LayoutRequest(width: figure.width, height: figure.height)
        request.title = figure.title
        request.subtitle = figure.subtitle
        request.yTickLabels = chart.y.labels
        request.xLabel = figure.xLabel
        request.yLabel = figure.yLabel
        request.legendEntries = figure.legend.map(\.columns)
        layout = FigureLayout(request, typography: typography, measurer: measurer)
    }

    func paint(on g: GraphicsContext) throws {
        let t = typography
        let decorations = DecorationPainter(title: figure.title, subtitle: figure.subtitle, xLabel: figure.xLabel,
                                            yLabel: figure.yLabel, legend: figure.legend, layout: layout, g: g, t: t)
        decorations.paintBackground(width: figure.width, height: figure.height)
        decorations.paintTitles()
        let plot = layout.panels[0]
        ChartPainter(chart: chart, placement: ChartPlacement(plot: plot, title: "", titleBaseline: Point(plot.minX, plot.minY),
                                                             showsXTickLabels: true), g: g, t: t).paint()
        decorations.paintAxisLabels()
        decorations.paintLegend()
        try g.checkStatus()
    }
}
