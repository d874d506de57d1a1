import Descent

/// A chart with its axes decided: what the layout measures and the painter draws.
struct PreparedChart {
    let panel: ChartPanel
    let x: ChartAxis
    let y: ChartAxis

    /// Axes with about `xTicks` and `yTicks` ticks.
    init(_ panel: ChartPanel, xTicks: Int = 5, yTicks: Int = 5) {
        self.panel = panel
        x = ChartAxis(values: panel.series.flatMap(\.xs) + panel.rules.map(\.x), scale: panel.xScale,
                      fixed: panel.xRange, tickCount: xTicks)
        y = ChartAxis(values: panel.series.flatMap { $0.ys.prefix($0.rangeEnd ?? $0.ys.count) }, scale: panel.yScale,
                      tickCount: yTicks)
    }

    /// The series' pieces in plot fractions ((0, 0) bottom left, (1, 1) top right), clipped to
    /// the plot grown by 1 % so lines end cleanly at the frame; non-finite points break lines.
    func pieces(_ series: ChartSeries) -> [[Vec2]] {
        let points = zip(series.xs, series.ys).map { Vec2(x.fraction($0), y.fraction($1)) }
        return PolylineClipping.clip(points, to: ViewBox(x: -0.01...1.01, y: -0.01...1.01))
    }
}
