import Foundation

extension NiceTicks {
    /// Labels for the ticks of one axis, one per tick, all written the same way.
    ///
    /// - Fixed notation with the same number of decimals on every label ("0.0", "0.5", "1.0"):
    ///   the fewest that write every tick to within a millionth of the smallest gap between ticks,
    ///   so 0.30000000000000004 among steps of 0.1 reads "0.3".
    /// - Scientific notation when magnitudes demand it: the largest |tick| is ≥ 10⁵ or < 10⁻³ (the
    ///   bounds of `NumberFormat.short`), or the largest and smallest non-zero |tick| are 10³ or
    ///   more apart (a logarithmic axis). Mantissas share their number of decimals ("1.5×10⁵",
    ///   "2.0×10⁵"); when every mantissa is 1 only the power is written ("10⁻⁴", "10⁵"); zero
    ///   is "0".
    /// - Negative values take the minus sign U+2212 ("−0.5"); −0 reads as 0; non-finite ticks
    ///   read "NaN", "∞" and "−∞".
    public static func labels(_ ticks: [Double]) -> [String] {
        let magnitudes = ticks.map(abs).filter { $0 != 0 && $0.isFinite }
        guard let largest = magnitudes.max(), let smallest = magnitudes.min() else {
            return ticks.map(nonFiniteOrZeroLabel)
        }
        let tolerance = labelTolerance(ticks, largest: largest)
        if largest >= 1e5 || largest < 1e-3 || largest / smallest >= 1e3 {
            return scientificLabels(ticks, tolerance: tolerance)
        }
        let decimals = fewestDecimals(ticks, style: "f", tolerance: tolerance)
        return ticks.map { v in
            v.isFinite ? sign(v) + String(format: "%.\(decimals)f", abs(v)) : nonFiniteOrZeroLabel(v)
        }
    }

    private static func scientificLabels(_ ticks: [Double], tolerance: Double) -> [String] {
        let decimals = fewestDecimals(ticks, style: "e", tolerance: tolerance)
        let parts = ticks.map { v -> (mantissa: String, exponent: Int)? in
            guard v.isFinite && v != 0 else { return nil }
            let text = String(format: "%.\(decimals)e", abs(v)).split(separator: "e")
            return (String(text[0]), Int(text[1])!)
        }
        let powersOnly = parts.allSatisfy { $0 == nil || $0!.mantissa == "1" }
        return zip(ticks, parts).map { v, part in
            guard let part else { return nonFiniteOrZeroLabel(v) }
            let power = "10" + NumberFormat.superscript(part.exponent)
            return sign(v) + (powersOnly ? power : part.mantissa + "×" + power)
        }
    }

    /// The fewest decimals (0...17) with which `String(format: "%.<d><style>")` writes every
    /// finite tick to within `tolerance` of its value.
    private static func fewestDecimals(_ ticks: [Double], style: String, tolerance: Double) -> Int {
        let finite = ticks.filter(\.isFinite)
        return (0...17).first { d in
            finite.allSatisfy { v in abs(Double(String(format: "%.\(d)\(style)", v))! - v) <= tolerance }
        } ?? 17
    }

    /// A millionth of the smallest gap between distinct finite ticks; with a single distinct
    /// value, 10⁻¹² of its magnitude.
    private static func labelTolerance(_ ticks: [Double], largest: Double) -> Double {
        let distinct = Array(Set(ticks.filter(\.isFinite))).sorted()
        let gaps = zip(distinct.dropFirst(), distinct).map { $0 - $1 }
        return (gaps.min() ?? largest * 1e-6) * 1e-6
    }

    private static func sign(_ v: Double) -> String { v < 0 ? "\u{2212}" : "" }

    private static func nonFiniteOrZeroLabel(_ v: Double) -> String {
        v.isNaN ? "NaN" : v.isInfinite ? sign(v) + "∞" : "0"
    }
}
