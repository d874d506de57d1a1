import Foundation

extension NiceTicks {
    /// Ticks for a logarithmic axis or colorbar over `range`, about `targetCount` of them.
    ///
    /// - When more than `targetCount` powers of ten lie in range: every n-th power, n from
    ///   `linear` on the exponents (10⁻²⁰, 10⁻¹⁰, 1, 10¹⁰, 10²⁰).
    /// - Otherwise the values 1, 2 and 5 × 10^k in range (0.02, 0.05, 0.1, 0.2, 0.5) when there are
    ///   at most `targetCount` of those, else the powers of ten alone (1, 10, 100, 1000).
    /// - When that leaves fewer than two ticks (a range within a decade, like 2...4), the `linear`
    ///   ticks of the range.
    ///
    /// Values are exact decimals (the Double nearest m × 10^k). A degenerate range lo == hi gives
    /// `[lo]`. Requires 0 < lo, a finite hi, and `targetCount` in 1...100.
    public static func logarithmic(_ range: ClosedRange<Double>, targetCount: Int) -> [Double] {
        let lo = range.lowerBound, hi = range.upperBound
        precondition(lo > 0 && hi.isFinite, "logarithmic ticks need 0 < lo and a finite hi, got \(range)")
        precondition((1...100).contains(targetCount), "tick count must be in 1...100, got \(targetCount)")
        guard lo < hi else { return [lo] }

        // One decade beyond each end, then filtered, so log10's rounding cannot lose a tick.
        let exponents = (Int(log10(lo).rounded(.down)) - 1)...(Int(log10(hi).rounded(.down)) + 1)
        let powers = exponents.filter { range.contains(power($0)) }
        if powers.count > targetCount, let first = powers.first, let last = powers.last {
            let every = linear(Double(first)...Double(last), targetCount: targetCount)
            return every.map { power(Int($0)) }
        }
        let oneTwoFive = exponents.flatMap { k in
            [1, 2, 5].map { DecimalTick(significand: $0, exponent: k).value }
        }.filter(range.contains)
        let ticks = oneTwoFive.count <= targetCount ? oneTwoFive : powers.map(power)
        return ticks.count >= 2 ? ticks : linear(range, targetCount: targetCount)
    }

    private static func power(_ k: Int) -> Double {
        DecimalTick(significand: 1, exponent: k).value
    }
}
