/// Sizes of a known set of texts, measured once by a real measurer, so that they can be laid
/// out again later (a 3D panel seen by another camera) without a drawing context.
struct MeasuredTexts: TextMeasurer {
    private let sizes: [Key: TextSize]

    private struct Key: Hashable {
        let text: String
        let size: Double
    }

    /// `texts` (each with its font size, regular weight) measured by `measurer`.
    init(_ texts: [(text: String, size: Double)], measurer: some TextMeasurer) {
        var sizes: [Key: TextSize] = [:]
        for (text, size) in texts { sizes[Key(text: text, size: size)] = measurer.measure(text, size: size, bold: false) }
        self.sizes = sizes
    }

    /// The measured size; a text that was not measured is a programming error.
    func measure(_ text: String, size: Double, bold: Bool) -> TextSize {
        guard let measured = sizes[Key(text: text, size: size)], !bold else {
            preconditionFailure("`\(text)` at \(size) px was not measured")
        }
        return measured
    }
}
