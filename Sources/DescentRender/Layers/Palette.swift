import Descent

/// A colour laid over what is below it with an opacity (0...1).
struct Tint: Sendable, Equatable {
    var color: RGB
    var alpha: Double
}

/// Every colour a figure draws with, apart from the colormap: paper and inks, the marks on
/// a surface, the 3D box, charts, outcome badges and the runs. Painters and the GIF palette
/// read the same values, so a colour is written once.
struct Palette: Sendable, Equatable {
    /// The canvas, and what sits on it like paper: legend, chart and tag backgrounds.
    var paper: RGB
    /// Text, frames, ticks and marker outlines.
    var ink: RGB
    /// Subtitles, settings columns of legends, notes.
    var subtleInk: RGB
    /// The legend's background over the panel (see-through a little) and its edge.
    var legendFill: Tint
    var legendEdge: RGB
    /// The light line under every path, so a path reads on any colormap.
    var casing: Tint
    /// Contour lines over a 2D surface and lines drawn on a 3D mesh.
    var contourLines: Tint
    var meshLines: Tint
    /// Arrows and streamlines of −∇f.
    var gradientField: RGB
    /// The far faces of a 3D box, their edges and grid.
    var pane: RGB
    var paneEdge: RGB
    var paneGrid: RGB
    /// Horizontal grid lines of charts.
    var chartGrid: RGB
    /// Critical point markers: minimum (star), saddle (diamond), maximum (triangle).
    var minimum: RGB
    var saddle: RGB
    var maximum: RGB
    /// The step counter of animations: a dark box with light text.
    var counterBox: Tint
    var counterText: RGB
    /// Outcome badges and bands: success, partial, oscillation, failure; dark enough for
    /// `badgeText` on them.
    var success: RGB
    var partial: RGB
    var oscillation: RGB
    var failure: RGB
    var badgeText: RGB
    /// Colours of runs, in order: saturated and distinct from each other.
    var runs: [RGB]

    /// The colour of run `index`, the list repeating.
    func run(_ index: Int) -> RGB { runs[index % runs.count] }

    /// The badge colour of an outcome's verdict.
    func color(of verdict: Outcome.Verdict) -> RGB {
        switch verdict {
        case .success: success
        case .partial: partial
        case .oscillation: oscillation
        case .failure: failure
        }
    }

    /// Colours an image of few colours (GIF) must hold exactly: paper, the shade of contour
    /// lines, both inks, the legend's edge and the minimum star.
    var exactColors: [RGB] { [paper, contourLines.color, ink, subtleInk, legendEdge, minimum] }

    /// Dark ink on white.
    static let light = Palette(
        paper: RGB(hex: 0xFFFFFF), ink: RGB(hex: 0x222222), subtleInk: RGB(hex: 0x555555),
        legendFill: Tint(color: RGB(hex: 0xFFFFFF), alpha: 0.92), legendEdge: RGB(hex: 0xBBBBBB),
        casing: Tint(color: RGB(hex: 0xFFFFFF), alpha: 0.85),
        contourLines: Tint(color: RGB(hex: 0x000000), alpha: 0.32), meshLines: Tint(color: RGB(hex: 0x000000), alpha: 0.38),
        gradientField: RGB(hex: 0xFFFFFF),
        pane: RGB(hex: 0xF2F2F2), paneEdge: RGB(hex: 0xC8C8C8), paneGrid: RGB(hex: 0xDCDCDC),
        chartGrid: RGB(hex: 0xE4E4E4),
        minimum: RGB(hex: 0xFFD23F), saddle: RGB(hex: 0xF2F2F2), maximum: RGB(hex: 0xE4572E),
        counterBox: Tint(color: RGB(hex: 0x000000), alpha: 0.62), counterText: RGB(hex: 0xFFFFFF),
        success: RGB(hex: 0x2E7D32), partial: RGB(hex: 0x9A5B00), oscillation: RGB(hex: 0x7B3FA0),
        failure: RGB(hex: 0xC62828), badgeText: RGB(hex: 0xFFFFFF),
        runs: [
            RGB(hex: 0xE6194B),  // red
            RGB(hex: 0xF58231),  // orange
            RGB(hex: 0x4363D8),  // blue
            RGB(hex: 0xF032E6),  // magenta
            RGB(hex: 0x42D4F4),  // cyan
            RGB(hex: 0x3CB44B),  // green
            RGB(hex: 0x9A6324),  // brown
            RGB(hex: 0x111111),  // black
            RGB(hex: 0x911EB4),  // purple
            RGB(hex: 0x469990),  // teal
        ])
}
