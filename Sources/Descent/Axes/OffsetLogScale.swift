import Foundation

/// The scale of d = f − min f drawn through the logarithm of d plus a constant near 1: a log
/// colorbar shades log(1 + d); a 3D log axis rises with log₁₀ of f plus a shift that puts the
/// lowest f near 1. Both label d the same way, so the colorbar and the heights agree.
public enum OffsetLogScale {
    /// Ticks of d from 0 to `span`: under a span of 20 the `NiceTicks.linear` ticks of 0...span
    /// (the logarithm is nearly linear there); beyond, 0 and the `NiceTicks.logarithmic` ticks of
    /// 1...span. Labels as `NiceTicks.labels` writes them.
    public static func ticks(span: Double, targetCount: Int) -> (values: [Double], labels: [String]) {
        guard span > 0, span.isFinite else { return ([0], ["0"]) }
        if span < 20 {
            let values = NiceTicks.linear(0...span, targetCount: targetCount)
            return (values, NiceTicks.labels(values))
        }
        let decades = NiceTicks.logarithmic(1...span, targetCount: targetCount)
        return ([0] + decades, ["0"] + NiceTicks.labels(decades))
    }

    /// `f  (log scale)` when the lowest value is 0 (to a thousandth of the span), so that d is f
    /// itself; otherwise `f − min f  (log scale)`.
    public static func axisLabel(of quantity: String, minimum: Double, span: Double) -> String {
        abs(minimum) <= 1e-3 * max(span, 1e-300) ? "\(quantity)  (log scale)" : "\(quantity) − min \(quantity)  (log scale)"
    }
}
