import Descent

/// Colours for runs: saturated, distinct from each other, and drawn with a white halo so that
/// they stay visible on every colormap.
enum RunPalette {
    static let colors: [RGB] = [
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
    ]

    static func color(_ index: Int) -> RGB { colors[index % colors.count] }
}
