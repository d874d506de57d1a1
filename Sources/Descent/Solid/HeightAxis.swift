import Foundation

/// How surface values become heights in a 3D view: f itself, or log₁₀(f + shift); the finite
/// range of those over the view maps onto the box's heights [−halfHeight, halfHeight].
public struct HeightAxis: Sendable, Equatable {
    /// Linear or logarithmic.
    public let scale: HeightScale
    /// Added to f before the logarithm; 0 for a linear axis.
    public let shift: Double
    /// The range of transformed values shown, low < high.
    public let low: Double
    /// The top of the range of transformed values shown.
    public let high: Double
    /// The lowest value shown and the span above it, for the labels of an automatic log axis.
    let minimum: Double, span: Double
    /// Whether the log axis took `automaticShift`: its ticks and label then give f − min f,
    /// as the log colorbar beside it does, rather than f + shift.
    let automatic: Bool

    /// An axis over the finite values of `values` (nil when none is finite, or, for a log
    /// axis, when no value has f + shift > 0). A nil `shift` on a log axis takes
    /// `automaticShift`, which puts the lowest value at height log₁₀ 1 = 0.
    public init?(values: [Double], scale: HeightScale, shift: Double? = nil) {
        guard let range = values.finiteRange else { return nil }
        var lo = range.lowerBound
        let hi = range.upperBound
        self.scale = scale
        switch scale {
        case .linear:
            self.shift = 0
        case .log:
            let s = shift ?? Self.automaticShift(minimum: lo)
            guard hi + s > 0 else { return nil }
            self.shift = s
            // Values at or below −shift have no logarithm: the axis starts at the smallest that has.
            lo = values.reduce(Double.infinity) { $1.isFinite && $1 + s > 0 ? min($0, $1) : $0 }
        }
        minimum = lo
        span = hi - lo
        automatic = scale == .log && shift == nil
        let tLo = Self.transform(lo, scale: scale, shift: self.shift)
        var tHi = Self.transform(hi, scale: scale, shift: self.shift)
        if !(tHi > tLo) { tHi = tLo + 1 }  // a flat surface still gets a box, not a division by zero
        low = tLo
        high = tHi
    }

    /// The shift that puts the lowest value at 1, so at height log₁₀ 1 = 0: 1 − `minimum`,
    /// rounded up to two significant digits so the axis label reads well (`f + 1`, `f + 5`).
    public static func automaticShift(minimum: Double) -> Double {
        let v = 1 - minimum
        guard v != 0, v.isFinite else { return 1 }
        let step = pow(10, floor(log10(abs(v))) - 1)
        return (v / step).rounded(.up) * step
    }

    private static func transform(_ f: Double, scale: HeightScale, shift: Double) -> Double {
        switch scale {
        case .linear: f
        case .log: f + shift > 0 ? log10(f + shift) : -.infinity
        }
    }

    /// The value on the axis' own scale: f, or log₁₀(f + shift) (−∞ where f + shift ≤ 0).
    public func transformed(_ f: Double) -> Double { Self.transform(f, scale: scale, shift: shift) }

    /// The height of f in the box, clamped to [−halfHeight, halfHeight]; NaN for NaN.
    public func z(_ f: Double) -> Double { z(transformed: transformed(f)) }

    /// The height of an already transformed value, clamped; NaN for NaN.
    public func z(transformed t: Double) -> Double {
        if t.isNaN { return .nan }
        let h = SolidBox.halfHeight
        return min(max(-h + 2 * h * (t - low) / (high - low), -h), h)
    }

    /// Tick heights in the box and their labels: nice values of f on a linear axis; of f − min f
    /// on a log axis with the automatic shift (as the log colorbar labels them); of f + shift
    /// (decades and 1-2-5 steps) on a log axis with a given shift.
    public var ticks: [(z: Double, label: String)] {
        let labels: [String], positions: [Double]
        switch scale {
        case .linear:
            let values = NiceTicks.linear(low...high, targetCount: 5)
            (positions, labels) = (values, NiceTicks.labels(values))
        case .log where automatic:
            let ticks = OffsetLogScale.ticks(span: span, targetCount: 5)
            (positions, labels) = (ticks.values.map { transformed(minimum + $0) }, ticks.labels)
        case .log:
            let values = NiceTicks.logarithmic(pow(10, low)...pow(10, high), targetCount: 5)
            (positions, labels) = (values.map(log10), NiceTicks.labels(values))
        }
        return zip(positions, labels).compactMap { t, label in
            let inside = t >= low - 1e-9 * (high - low) && t <= high + 1e-9 * (high - low)
            return inside ? (z(transformed: t), label) : nil
        }
    }

    /// The axis label: `f`, `f  (log scale)`, `f − min f  (log scale)` or `f + 4  (log scale)`.
    public var label: String { label(of: "f") }

    /// The axis label of heights that are `quantity`: `loss`; on a log axis with the automatic
    /// shift, `loss  (log scale)` or `loss − min loss  (log scale)` as the colorbar says; with a
    /// given shift, `loss + 4  (log scale)`.
    public func label(of quantity: String) -> String {
        switch scale {
        case .linear: return quantity
        case .log where automatic: return OffsetLogScale.axisLabel(of: quantity, minimum: minimum, span: span)
        case .log:
            let shifted = shift == 0 ? quantity : "\(quantity) \(shift > 0 ? "+" : "−") \(NumberFormat.short(abs(shift)))"
            return "\(shifted)  (log scale)"
        }
    }
}
