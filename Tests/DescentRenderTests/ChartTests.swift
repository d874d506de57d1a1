import Descent
import Foundation
import Testing
@testable import DescentRender

@Suite struct ChartAxisTests {
    @Test func logWhenPositiveValuesSpanTwoDecades() {
        #expect(ChartAxis(values: [0.5, 2, 49], scale: nil).scale == .linear)
        #expect(ChartAxis(values: [0.5, 2, 50], scale: nil).scale == .log)
        // A zero or a negative value keeps the axis linear.
        #expect(ChartAxis(values: [0, 1, 1000], scale: nil).scale == .linear)
        #expect(ChartAxis(values: [-1, 1, 1000], scale: nil).scale == .linear)
    }

    /// Non-negative data whose smallest value is under a third of the largest start at 0, with
    /// 4 % of headroom: 0...10.4 for 1...10.
    @Test func linearAxesStartAtZeroForSmallNonNegativeData() {
        let axis = ChartAxis(values: [1, 10], scale: nil)
        #expect(axis.range == 0...10.4)
        #expect(axis.fraction(5.2) == 0.5)
        let offset = ChartAxis(values: [8, 10], scale: nil)
        #expect(abs(offset.range.lowerBound - 7.92) < 1e-12 && abs(offset.range.upperBound - 10.08) < 1e-12)
    }

    /// A log axis spans at most 16 decades below its largest value, plus 4 % of margin.
    @Test func logAxesStopSixteenDecadesDown() {
        let axis = ChartAxis(values: [1e-300, 1e3], scale: nil)
        let decades = log10(axis.range.upperBound / axis.range.lowerBound)
        #expect(abs(decades - 16 * 1.08) < 1e-9)
        #expect(axis.fraction(0) == -.infinity)
        #expect(abs(axis.fraction(1e3) - (1 - 0.04 / 1.08)) < 1e-12)
    }

    @Test func logLabels() {
        #expect(ChartAxis.logLabels([0.001, 0.01, 0.1]) == ["0.001", "0.01", "0.1"])
        #expect(ChartAxis.logLabels([1e-6, 1e-3, 1]) == ["10⁻⁶", "10⁻³", "10⁰"])
        #expect(ChartAxis.logLabels([1e-4, 2e-4, 5e-4, 1e-3, 2e-3]) == ["10⁻⁴", "2×10⁻⁴", "5×10⁻⁴", "10⁻³", "2×10⁻³"])
    }
}

@Suite struct ChartPixelTests {
    /// A companion chart with one straight line from (0, 0) to (10, 10) on axes 0...10 and
    /// 0...10.4: the line's middle, (5, 5), is drawn in the series' colour.
    @Test func seriesPixelsLieOnTheLine() throws {
        let red = RGB(hex: 0xE6194B)
        var figure = try FigureTesting.linearRamp(width: 800, height: 500)
        figure.charts = [ChartPanel(titles: ["a line"], series: [ChartSeries(color: red, xs: [0, 10], ys: [0, 10])],
                                    xRange: 0...10)]
        let (image, prepared) = try FigureTesting.raster(figure)
        let plot = try #require(prepared.layout.charts.first).plot
        let chart = prepared.charts[0]
        let x = plot.minX + chart.x.fraction(5) * plot.width, y = plot.maxY - chart.y.fraction(5) * plot.height
        // The line is about a pixel wide: one of the pixels around the point carries its colour.
        let onLine = (-1...1).contains { dx in (-1...1).contains { dy in image.matches(Int(x) + dx, Int(y) + dy, red, tolerance: 40) } }
        #expect(onLine, "\(image.rgb(Int(x), Int(y)))")
        // Right of the chart's frame, nothing of it.
        #expect(image.rgb(min(image.width - 1, Int(plot.maxX) + 4), Int(plot.midY)) == (255, 255, 255))
        // The chart sits right of the landscape panel, top-aligned with it.
        #expect(plot.minX > prepared.layout.panels[0].maxX)
    }

    /// The loss chart names the surface's values: `loss f` on an analytic surface, the network's
    /// own quantity on a computed one (the surface there is the loss itself, not an f).
    @Test func theLossChartIsTitledWithTheSurfacesQuantity() {
        #expect(CompanionCharts.titles(.loss) == ["loss f", "f"])
        #expect(CompanionCharts.titles(.loss, quantity: "validation loss") == ["validation loss"])
        #expect(CompanionCharts.titles(.lr, quantity: "loss") == ["learning rate", "lr"])
    }
}
