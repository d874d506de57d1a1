import Foundation

/// A "nice" spacing between axis ticks: 1, 2, 5 or 10 times a power of ten, as d3-array's
/// `tickIncrement` chooses it.
struct TickStep {
    /// 1, 2, 5 or 10.
    let factor: Int
    /// The power of ten the factor multiplies.
    let exponent: Int

    /// The nice step nearest span / count: raw = span / count is written as e × 10^k with e in
    /// [1, 10), and e becomes 10 when e ≥ √50, 5 when e ≥ √10, 2 when e ≥ √2, 1 otherwise.
    /// Requires span / count to be a positive normal number.
    init(span: Double, count: Int) {
        let raw = span / Double(count)
        let power = Int(log10(raw).rounded(.down))
        let error = raw / pow(10, Double(power))
        factor = error >= 50.0.squareRoot() ? 10 : error >= 10.0.squareRoot() ? 5 : error >= 2.0.squareRoot() ? 2 : 1
        exponent = power
    }

    /// The i-th multiple of the step, exactly.
    func tick(_ i: Int) -> DecimalTick { DecimalTick(significand: i * factor, exponent: exponent) }

    /// Every multiple of the step in `range`, in increasing order, equal values merged.
    ///
    /// The bounds are found from a floating estimate, then corrected by comparing exact tick
    /// values with the range, so a tick equal to a bound is always included.
    func multiples(in range: ClosedRange<Double>) -> [Double] {
        let size = Double(factor) * pow(10, Double(exponent))
        var first = Int((range.lowerBound / size).rounded(.up))
        while tick(first).value < range.lowerBound { first += 1 }
        while tick(first - 1).value >= range.lowerBound { first -= 1 }
        var last = Int((range.upperBound / size).rounded(.down))
        while tick(last).value > range.upperBound { last -= 1 }
        while tick(last + 1).value <= range.upperBound { last += 1 }
        guard first <= last else { return [] }
        var values: [Double] = []
        for i in first...last {
            let v = tick(i).value
            if v != values.last { values.append(v) }
        }
        return values
    }
}
