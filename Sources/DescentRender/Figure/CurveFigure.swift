import Descent

/// A figure of one chart filling the plot area: final loss against a swept value (the
/// learning-rate curve), or loss against α along a line through a network's weights, with
/// optional charts stacked under it on the same x axis. Pure data; `FigureWriter` draws it.
public struct CurveFigure: Sendable {
    /// Figure width in pixels.
    public var width: Int
    /// Figure height in pixels.
    public var height: Int
    /// Title at the top; nil for none.
    public var title: String?
    /// Line under the title; nil for none.
    public var subtitle: String?
    /// Name of the x axis.
    public var xLabel: String
    /// nil when stacked charts name their quantities in their titles.
    public var yLabel: String?
    /// The main chart.
    public var chart: ChartPanel
    /// Charts stacked under `chart`, sharing its x axis (a loss line's accuracy). With any,
    /// every chart shows its title (the first of its `titles`) above it.
    public var lowerCharts: [ChartPanel] = []
    /// Lines of the legend, one per curve.
    public var legend: [LegendEntry]

    /// A curve figure with no stacked charts.
    public init(width: Int, height: Int, title: String?, subtitle: String?, xLabel: String, yLabel: String?,
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

/// A curve figure laid out: the charts' axes and the layout (a column of panels, no colorbar).
struct PreparedCurveFigure {
    let figure: CurveFigure
    let typography: Typography
    let chart: PreparedChart
    let lowerCharts: [PreparedChart]
    let layout: FigureLayout

    init(_ figure: CurveFigure, measurer: some TextMeasurer) {
        self.figure = figure
        typography = Typography(width: figure.width, height: figure.height)
        let ticks = figure.lowerCharts.isEmpty ? 7 : 5
        chart = PreparedChart(figure.chart, xTicks: 7, yTicks: ticks)
        lowerCharts = figure.lowerCharts.map { PreparedChart($0, xTicks: 7, yTicks: ticks) }
        var request = LayoutRequest(width: figure.width, height: figure.height)
        request.title = figure.title
        request.subtitle = figure.subtitle
        request.rows = 1 + lowerCharts.count
        request.hasPanelTitles = !lowerCharts.isEmpty
        request.yTickLabels = ([chart] + lowerCharts).flatMap(\.y.labels)
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
        let charts = [chart] + lowerCharts
        for (index, chart) in charts.enumerated() {
            let plot = layout.panels[index]
            // Titles sit in the band above each stacked chart, on its left.
            let band = layout.panelTitleBands.indices.contains(index) ? layout.panelTitleBands[index] : nil
            let placement = ChartPlacement(plot: plot, title: band == nil ? "" : chart.panel.titles.first ?? "",
                                           titleBaseline: Point(plot.minX, (band?.maxY ?? plot.minY) - 0.2 * t.gap),
                                           showsXTickLabels: index == charts.count - 1)
            ChartPainter(chart: chart, placement: placement, g: g, t: t).paint()
        }
        decorations.paintAxisLabels()
        decorations.paintLegend()
        try g.checkStatus()
    }
}
