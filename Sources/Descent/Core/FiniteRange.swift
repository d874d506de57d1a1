extension Sequence<Double> {
    /// The smallest and largest finite values, or nil when none is finite.
    public var finiteRange: ClosedRange<Double>? {
        var lo = Double.infinity, hi = -Double.infinity
        for v in self where v.isFinite {
            lo = Swift.min(lo, v)
            hi = Swift.max(hi, v)
        }
        return lo <= hi ? lo...hi : nil
    }
}
