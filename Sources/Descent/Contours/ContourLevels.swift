/// Choices of contour levels.
public enum ContourLevels {
    /// `count` levels evenly spaced strictly inside `range`: lo + (hi − lo)·i / (count + 1) for
    /// i = 1...count, the levels of numpy's `linspace(lo, hi, count + 2)[1:-1]` as matplotlib
    /// uses them. Each is rounded once, so 0...1 with 4 levels gives 0.6 where linspace gives
    /// 0.6000000000000001.
    ///
    /// Increasing when lo < hi; all equal to lo when lo == hi. Requires `count >= 0` and a finite
    /// range whose width is finite.
    public static func evenlySpaced(range: ClosedRange<Double>, count: Int) -> [Double] {
        let lo = range.lowerBound, span = range.upperBound - range.lowerBound
        precondition(count >= 0, "level count must be >= 0, got \(count)")
        precondition(lo.isFinite && span.isFinite, "level range must be finite, got \(range)")
        guard count > 0 else { return [] }
        return (1...count).map { lo + span * Double($0) / Double(count + 1) }
    }
}
