import Descent
import Foundation

/// How surface values become colours: the value transform (linear or log), the range it is
/// normalized over, and the contour levels that split it into bands.
struct ColorMapping {
    let scale: ColorScale
    /// min f over the view; the log transform is log(1 + f − minimum).
    let minimum: Double
    /// The transformed range mapped onto the colormap.
    let low: Double
    let high: Double
    /// Number of bands (filled style) and contour intervals; 0 means continuous, no lines.
    let levels: Int

    /// A mapping over the finite values of `values`; nil when none is finite.
    init?(values: [Double], scale: ColorScale, levels: Int) {
        guard let range = values.finiteRange else { return nil }
        let lo = range.lowerBound, hi = range.upperBound
        self.scale = scale
        self.minimum = lo
        self.levels = levels
        let tLo = Self.transform(lo, scale: scale, minimum: lo)
        var tHi = Self.transform(hi, scale: scale, minimum: lo)
        if !(tHi > tLo) { tHi = tLo + 1 }  // a flat view still gets one colour, not a division by zero
        low = tLo
        high = tHi
    }

    private static func transform(_ f: Double, scale: ColorScale, minimum: Double) -> Double {
        switch scale {
        case .linear: f
        case .log: log1p(max(f - minimum, 0))
        }
    }

    /// The transformed value of f.
    func transformed(_ f: Double) -> Double { Self.transform(f, scale: scale, minimum: minimum) }

    /// The value f whose transformed value is `g`: the inverse of `transformed`.
    func value(transformed g: Double) -> Double {
        switch scale {
        case .linear: g
        case .log: minimum + expm1(g)
        }
    }

    /// Position of f on the colormap in [0, 1] (clamped); NaN for NaN or −∞, 1 for +∞.
    func fraction(_ f: Double) -> Double { fraction(transformed: transformed(f)) }

    /// Position on the colormap of an already transformed value.
    func fraction(transformed g: Double) -> Double {
        guard g.isFinite else { return g == .infinity ? 1 : .nan }
        return min(max((g - low) / (high - low), 0), 1)
    }

    /// Position on the colormap of what is shown for a fraction: itself when continuous,
    /// the middle of its band when filled.
    func shown(_ fraction: Double, filled: Bool) -> Double {
        guard filled, levels > 0, fraction.isFinite else { return fraction }
        let band = min(Int(fraction * Double(levels)), levels - 1)
        return (Double(band) + 0.5) / Double(levels)
    }

    /// Band boundaries strictly inside the range, in transformed units: where contour lines go.
    var lineLevels: [Double] {
        guard levels > 1 else { return [] }
        return (1..<levels).map { low + (high - low) * Double($0) / Double(levels) }
    }
}
