/// Measures text; the Cairo context in figures, a fixed-width stand-in in layout tests.
protocol TextMeasurer {
    func measure(_ text: String, size: Double, bold: Bool) -> TextSize
}

extension GraphicsContext: TextMeasurer {}
