extension Colormap {
    /// `count` colours evenly spaced from t = 0 to t = 1, as Cairo ARGB32 pixels 0xFFRRGGBB.
    ///
    /// Alpha is always 0xFF, so the premultiplied and straight forms agree. Entry i is
    /// `color(at: i / (count - 1))` with each channel rounded to 8 bits; with `count == 256` the
    /// entries are exactly the table's, i.e. matplotlib's hex colours. Requires `count >= 2`.
    public func lookupTable(count: Int) -> [UInt32] {
        precondition(count >= 2, "a lookup table needs at least 2 entries, got \(count)")
        return (0..<count).map { i in
            0xFF00_0000 | color(at: Double(i) / Double(count - 1)).hex
        }
    }
}
