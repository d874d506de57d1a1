/// An opaque sRGB colour, each channel in 0...1 (gamma-encoded, as in CSS and Cairo).
public struct RGB: Sendable, Hashable {
    /// Red, in 0...1.
    public var r: Double
    /// Green, in 0...1.
    public var g: Double
    /// Blue, in 0...1.
    public var b: Double

    /// A colour from channels in 0...1.
    public init(r: Double, g: Double, b: Double) {
        self.r = r
        self.g = g
        self.b = b
    }

    /// The colour written as 0xRRGGBB; bits above the low 24 are ignored.
    public init(hex: UInt32) {
        self.init(r: Double((hex >> 16) & 0xFF) / 255,
                  g: Double((hex >> 8) & 0xFF) / 255,
                  b: Double(hex & 0xFF) / 255)
    }

    /// The colour as 0xRRGGBB, each channel clamped to 0...1 and rounded to the nearest of 256 steps.
    public var hex: UInt32 {
        (RGB.byte(r) << 16) | (RGB.byte(g) << 8) | RGB.byte(b)
    }

    /// The colour as "#rrggbb", lowercase, as matplotlib's `to_hex` writes it.
    public var hexString: String {
        let digits = String(hex, radix: 16)
        return "#" + String(repeating: "0", count: 6 - digits.count) + digits
    }

    /// `v` clamped to 0...1 and scaled to 0...255, rounded half away from zero; NaN gives 0.
    static func byte(_ v: Double) -> UInt32 {
        guard v > 0 else { return 0 }
        return UInt32((min(v, 1) * 255).rounded())
    }
}
