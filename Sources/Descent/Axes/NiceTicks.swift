/// Tick positions and labels for plot axes and colorbars.
///
/// Ticks are exact decimals: every value is the Double nearest m × 10^k for integers m, k (computed
/// by parsing, never by adding steps), so 0.3 is 0.3 and prints as 0.3.
public enum NiceTicks {
    /// Multiples of a 1-2-5 × 10^k step inside `range`, about `targetCount` of them, as d3's
    /// `ticks(lo, hi, count)`.
    ///
    /// The step is the nice value nearest (hi − lo) / targetCount (see `TickStep`); the ticks are
    /// all its multiples in lo...hi, bounds included. With `targetCount == 1` and no multiple in
    /// range, the step for 2 is used. A degenerate range (lo == hi, or too narrow for any normal
    /// Double step) gives `[lo]`.
    ///
    /// Requires finite bounds with a finite width (a `ClosedRange` is never reversed) and
    /// `targetCount` in 1...100, which keeps every significand m within `Int`.
    public static func linear(_ range: ClosedRange<Double>, targetCount: Int) -> [Double] {
        let lo = range.lowerBound, hi = range.upperBound
        precondition(lo.isFinite && hi.isFinite && (hi - lo).isFinite, "tick range must be finite, got \(range)")
        precondition((1...100).contains(targetCount), "tick count must be in 1...100, got \(targetCount)")
        guard ((hi - lo) / Double(targetCount)).isNormal else { return [lo] }
        let ticks = TickStep(span: hi - lo, count: targetCount).multiples(in: range)
        if ticks.isEmpty && targetCount == 1 { return linear(range, targetCount: 2) }
        return ticks
    }
}
