import Descent
import Foundation

/// One axis of a chart: its scale, range, ticks and their labels.
struct ChartAxis {
    let scale: ChartScale
    let range: ClosedRange<Double>
    let ticks: [Double]
    let labels: [String]

    /// The axis for `values` (non-finite ones ignored; non-positive ones too on a log axis).
    /// A log axis spans at most 16 decades below the largest value. Linear ranges start at 0
    /// when the values are ≥ 0 and the smallest is under a third of the largest; otherwise they
    /// get 4 % of margin. `fixed` replaces the range from data.
    init(values: [Double], scale requested: ChartScale?, fixed: ClosedRange<Double>? = nil, tickCount: Int = 5) {
        let finite = values.filter(\.isFinite)
        let positive = finite.filter { $0 > 0 }
        let scale: ChartScale
        if let requested {
            scale = requested
        } else if positive.count >= 2, positive.count == finite.count, let lo = positive.min(), let hi = positive.max(), hi >= 100 * lo {
            scale = .log
        } else {
            scale = .linear
        }
        var range: ClosedRange<Double>
        switch scale {
        case .log:
            let hi = positive.max() ?? 10, lo = max(positive.min() ?? 1, hi * 1e-16)
            let a = log10(lo), b = log10(max(hi, lo * 10))
            let pad = fixed == nil ? 0.04 * (b - a) : 0
            range = pow(10, a - pad)...pow(10, b + pad)
        case .linear:
            var lo = finite.min() ?? 0, hi = finite.max() ?? 1
            if hi <= lo {
                let d = max(abs(lo) * 0.1, 1e-9)
                lo -= d
                hi += d
            }
            if lo >= 0 && lo < hi / 3 {
                range = 0...(hi + 0.04 * hi)
            } else {
                let pad = 0.04 * (hi - lo)
                range = (lo - pad)...(hi + pad)
            }
        }
        if let fixed { range = fixed }
        self.scale = scale
        self.range = range
        switch scale {
        case .log: ticks = NiceTicks.logarithmic(range, targetCount: tickCount)
        case .linear: ticks = NiceTicks.linear(range, targetCount: tickCount)
        }
        labels = scale == .log ? Self.logLabels(ticks) : NiceTicks.labels(ticks)
    }

    /// Labels of a log axis, all in one notation: plain decimals (`0.001`, `0.01`, `1`, `100`)
    /// when every tick lies in [10⁻³, 10⁴], otherwise powers of ten with a mantissa where it is
    /// not 1 (`10⁻⁴`, `2×10⁻⁴`, `5×10⁻⁴`, `10⁻³`).
    static func logLabels(_ ticks: [Double]) -> [String] {
        if ticks.allSatisfy({ $0 >= 1e-3 && $0 <= 1e4 }) { return ticks.map { NumberFormat.short($0, significant: 3) } }
        return ticks.map { v in
            var exponent = Int(log10(v).rounded(.down))
            var mantissa = (v / pow(10, Double(exponent)) * 10).rounded() / 10
            if mantissa >= 10 {
                mantissa /= 10
                exponent += 1
            }
            let power = "10" + NumberFormat.superscript(exponent)
            return mantissa == 1 ? power : "\(NumberFormat.short(mantissa, significant: 2))×\(power)"
        }
    }

    /// Where `v` falls along the axis, 0 at the low end and 1 at the high end (beyond for values
    /// outside; −∞ for non-positive values on a log axis).
    func fraction(_ v: Double) -> Double {
        switch scale {
        case .linear: return (v - range.lowerBound) / (range.upperBound - range.lowerBound)
        case .log:
            guard v > 0 else { return -.infinity }
            return log10(v / range.lowerBound) / log10(range.upperBound / range.lowerBound)
        }
    }
}
