import Descent

/// The look of a figure: font sizes, spacings and line widths in pixels, scaled with the
/// figure so that a 1200x900 figure and a 600x450 one look the same when shown at the same
/// size, and the palette every painter draws with. Layout and painters read every distance
/// from here, so each is written once.
struct Typography {
    let unit: Double
    /// Panel titles and badges are drawn this much smaller (0.6 to 1) in dense grids, where each
    /// panel is narrow.
    var panelScale = 1.0
    /// The colours of ink, paper, marks and runs.
    var palette = Palette.light

    /// Sizes for a `width` x `height` figure; the unit is 1 at 900 px on the short side,
    /// but never so small that tick labels drop below 9 px.
    init(width: Int, height: Int) {
        unit = OutputSettings.unit(width: width, height: height)
    }

    private init(unit: Double, palette: Palette) {
        self.unit = unit
        self.palette = palette
    }

    /// Sizes for what is drawn inside a panel (paths, markers, arrows): scaled down with the
    /// panel titles, so small multiples are not crowded by their own marks.
    var insidePanel: Typography { Typography(unit: unit * panelScale, palette: palette) }

    // MARK: Fonts

    var title: Double { 24 * unit }
    var subtitle: Double { 16.5 * unit }
    var panelTitle: Double { 16.5 * unit * panelScale }
    var axisLabel: Double { 17 * unit }
    var tick: Double { 14 * unit }
    var legend: Double { 14.5 * unit }
    var chartTitle: Double { 14.5 * unit }
    var badge: Double { 13 * unit * panelScale }

    // MARK: Spacing

    var margin: Double { 22 * unit }
    /// The spacing every other distance is a multiple of.
    var gap: Double { 12 * unit }
    var tickLength: Double { 6 * unit }
    /// From an axis to the near edge of its tick labels.
    var tickLabelOffset: Double { tickLength + 0.5 * gap }
    /// From the title's line to the subtitle's.
    var subtitleGap: Double { 0.3 * gap }
    /// From tick labels to the axis label under them.
    var axisLabelGap: Double { 0.4 * gap }
    /// From tick labels to the rotated axis label beside them.
    var sideLabelGap: Double { 0.6 * gap }
    /// Between blocks side by side (panels, colorbar, legend) and between charts of a row.
    var blockGap: Double { 1.6 * gap }
    /// From the colorbar's tick labels to its rotated label.
    var colorbarLabelGap: Double { 0.8 * gap }
    /// Between panels of a row (at least; wider when their end tick labels need it), and
    /// the least room between the end tick labels of neighbouring panels.
    var panelGap: Double { 1.8 * gap }
    var tickLabelClearance: Double { 0.8 * gap }
    /// Between rows of panels, besides their title bands.
    var panelRowGap: Double { 1.2 * gap }
    /// Between two lines of a panel title, and the band's padding.
    var panelTitleLineGap: Double { 0.25 * gap }
    var panelTitlePadding: Double { 0.5 * gap }
    /// From a title's band (panel or chart title) to the plot under it.
    var titleBandGap: Double { 0.35 * gap }
    /// From the panels (and colorbar) to a column of charts, and between its charts.
    var chartColumnOffset: Double { 2.2 * gap }
    var chartColumnGap: Double { 0.8 * gap }
    /// A row of charts under panels: its plots' share of the height, at least `chartMinimumHeight`.
    var chartRowShare: Double { 0.2 }
    var chartMinimumHeight: Double { 60 * unit }
    /// A column of charts beside one panel takes this share of the width, as equal-aspect
    /// panels leave it.
    var chartColumnShare: ClosedRange<Double> { 0.3...0.45 }

    // MARK: Legend

    /// A legend line's height over the height of its text.
    var legendLineSpacing: Double { 1.45 }
    var legendPadding: Double { 0.7 * gap }
    var legendSwatchWidth: Double { 2.4 * legend }
    /// From the swatch to the text, and between text columns.
    var legendSwatchGap: Double { 1.1 * gap }
    var legendColumnGap: Double { 1.1 * gap }

    // MARK: Lines

    var colorbarWidth: Double { 20 * unit }
    var lineWidth: Double { 2.2 * unit }
}
