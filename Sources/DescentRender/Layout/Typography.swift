import Descent

/// Font sizes and spacings of a figure, in pixels, scaled with the figure so that a 1200x900
/// figure and a 600x450 one look the same when shown at the same size.
struct Typography {
    let unit: Double
    /// Panel titles and badges are drawn this much smaller (0.6 to 1) in dense grids, where each
    /// panel is narrow.
    var panelScale = 1.0

    /// Sizes for a `width` x `height` figure; the unit is 1 at 900 px on the short side,
    /// but never so small that tick labels drop below 9 px.
    init(width: Int, height: Int) {
        unit = OutputSettings.unit(width: width, height: height)
    }

    private init(unit: Double) {
        self.unit = unit
    }

    /// Sizes for what is drawn inside a panel (paths, markers, arrows): scaled down with the
    /// panel titles, so small multiples are not crowded by their own marks.
    var insidePanel: Typography { Typography(unit: unit * panelScale) }

    var title: Double { 24 * unit }
    var subtitle: Double { 16.5 * unit }
    var panelTitle: Double { 16.5 * unit * panelScale }
    var axisLabel: Double { 17 * unit }
    var tick: Double { 14 * unit }
    var legend: Double { 14.5 * unit }
    var chartTitle: Double { 14.5 * unit }
    var badge: Double { 13 * unit * panelScale }
    var margin: Double { 22 * unit }
    var gap: Double { 12 * unit }
    var tickLength: Double { 6 * unit }
    /// From an axis to the near edge of its tick labels.
    var tickLabelOffset: Double { tickLength + 0.5 * gap }
    var colorbarWidth: Double { 20 * unit }
    var lineWidth: Double { 2.2 * unit }
}
