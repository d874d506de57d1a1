import Descent

/// Colours for the values of a sweep.
enum SweepPalette {
    /// Numeric values: a sequential scale, plasma from 0.05 (dark violet, the smallest value) to
    /// 0.8 (orange, the largest), by rank, so order reads as lightness; the yellow end is left
    /// out, where paths would vanish on bright surfaces. Other values: the run palette.
    static func colors(for values: [SweepValue]) -> [RGB] {
        let numbers = values.compactMap(\.numericValue)
        guard numbers.count == values.count, values.count > 1 else {
            return values.indices.map(Palette.light.run)
        }
        let ranks = numbers.indices.sorted { numbers[$0] < numbers[$1] }
        var colors = [RGB](repeating: RGB(hex: 0), count: values.count)
        for (rank, index) in ranks.enumerated() {
            colors[index] = Colormap.plasma.color(at: 0.05 + 0.75 * Double(rank) / Double(values.count - 1))
        }
        return colors
    }
}
