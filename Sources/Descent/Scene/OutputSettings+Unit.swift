extension OutputSettings {
    /// The figure's typographic unit: 1 at 900 px on the short side, so that every font size,
    /// gap and line width grows with the figure; never below 9/14 (tick labels of 9 px).
    public static func unit(width: Int, height: Int) -> Double {
        max(Double(min(width, height)) / 900, 9.0 / 14.0)
    }
}
