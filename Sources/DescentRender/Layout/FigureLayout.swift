/// What a figure holds, as far as its layout is concerned: the texts to fit and the panel grid.
struct LayoutRequest {
    var width: Int
    var height: Int
    var title: String?
    var subtitle: String?
    var rows = 1
    var columns = 1
    /// Panel height over width in pixels (equal-aspect data), or nil to fill the space.
    var panelAspect: Double?
    /// Height over width of each column's panels when they differ (a 2D map beside a 3D view,
    /// each as wide as its height needs); replaces `panelAspect`.
    var columnAspects: [Double]?
    var hasPanelTitles = false
    /// Lines of text above each panel when it has a title: 1 (title and badge side by side)
    /// or 2 (badge under the title).
    var panelTitleLines = 1
    /// The y tick labels (of the left column), to reserve their width.
    var yTickLabels: [String] = []
    /// The x tick labels (of the bottom row): the end labels of neighbouring panels must not
    /// meet in the gap between them.
    var xTickLabels: [String] = []
    var xLabel: String?
    var yLabel: String?
    /// Colorbar tick labels and its axis label; nil draws no colorbar.
    var colorbarTickLabels: [String]?
    var colorbarLabel: String?
    /// Legend lines as columns of text, aligned across lines.
    var legendEntries: [[String]] = []
    /// Companion charts; nil for none.
    var charts: ChartsRequest?
}

/// Companion charts as far as the layout is concerned.
struct ChartsRequest {
    /// Each chart's title, drawn above it, longest form first: the longest that fits over the
    /// chart is used.
    var titles: [[String]]
    /// Every chart's y tick labels, to reserve the widest.
    var yTickLabels: [String]
    /// In a row under the panel grid (true), or in a column right of it.
    var below: Bool
    /// The shared x axis label ("step").
    var xLabel: String
}

/// Where the legend goes: `columns` columns of entries of `rowHeight` inside `rect`; within an
/// entry, text column i starts at `textOffsets[i]` after the swatch.
struct LegendPlacement: Equatable {
    var rect: Rect
    var columns: Int
    var columnWidth: Double
    var textOffsets: [Double]
    var rowHeight: Double
    var padding: Double
    var swatchWidth: Double
}

/// Where one companion chart goes: its plot area, its title's baseline (left end), and whether
/// it shows x tick labels (a column of charts shows them on the bottom chart only).
struct ChartPlacement: Equatable {
    var plot: Rect
    /// The title, in the longest form that fits the plot's width.
    var title: String
    var titleBaseline: Point
    var showsXTickLabels: Bool
}

/// Positions of every element of a figure, in pixels; no two elements overlap.
struct FigureLayout: Equatable {
    var titleBaseline: Point?
    var subtitleBaseline: Point?
    /// Panel rectangles, row by row from the top left.
    var panels: [Rect]
    /// The band above each panel where its title (and badge) go; empty without panel titles.
    var panelTitleBands: [Rect]
    var rows: Int
    var columns: Int
    /// Baseline centre of the x-axis label (below the bottom row) and centre of the rotated
    /// y-axis label (left of the left column).
    var xLabelCenter: Point?
    var yLabelCenter: Point?
    var colorbar: Rect?
    var colorbarLabelCenter: Point?
    var legend: LegendPlacement?
    var charts: [ChartPlacement] = []
    /// Baseline centre of the charts' shared x-axis label.
    var chartXLabelCenter: Point?

    /// The rectangle spanned by all panels.
    var panelBlock: Rect {
        let minX = panels.map(\.minX).min()!, maxX = panels.map(\.maxX).max()!
        let minY = panels.map(\.minY).min()!, maxY = panels.map(\.maxY).max()!
        return Rect(x: minX, y: minY, width: maxX - minX, height: maxY - minY)
    }
}

extension FigureLayout {
    /// Lays out `request` with `typography`, measuring text with `measurer`.
    /// Tries the legend right of the panels and below them, and keeps the larger panels; with
    /// a column of charts on the right, the legend goes below.
    init(_ request: LayoutRequest, typography t: Typography, measurer: some TextMeasurer) {
        let below = Self.compute(request, t, measurer, legendBelow: true)
        if request.legendEntries.isEmpty || request.charts.map({ !$0.below }) == true {
            self = request.legendEntries.isEmpty ? Self.compute(request, t, measurer, legendBelow: false) : below
            return
        }
        let right = Self.compute(request, t, measurer, legendBelow: false)
        let area = { (l: FigureLayout) in l.panels[0].width * l.panels[0].height }
        let rightFits = (right.legend?.rect.maxY ?? 0) <= Double(request.height) - t.margin
        self = rightFits && area(right) >= area(below) * 0.97 ? right : below
    }
}
