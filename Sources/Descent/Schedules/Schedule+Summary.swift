import Foundation

extension Schedule {
    /// Short legend text: `0.05`, `exp 0.05×0.5^(t/100)` (`⌊t/100⌋` when staircase),
    /// `piecewise 0.1/0.01@[100]`, `poly 0.1→0.0001 over 1000` (`, power 2`, `, cycle`),
    /// `inv 0.1/(1+0.5·t/100)`, `cos 0.1→0 over 500`, with warmup `cos 0.01→0.1 over 50, →0 over 500`.
    public var summary: String {
        let f = NumberFormat.plain
        switch self {
        case .constant(let lr):
            return f(lr)
        case .piecewiseConstantDecay(let boundaries, let values):
            let bounds = boundaries.map(String.init).joined(separator: ", ")
            return "piecewise \(values.map(f).joined(separator: "/"))@[\(bounds)]"
        case .exponentialDecay(let initial, let decaySteps, let rate, let staircase):
            let ratio = Self.ratio(decaySteps, staircase)
            return "exp \(f(initial))×\(f(rate))^\(staircase ? ratio : "(\(ratio))")"
        case .polynomialDecay(let initial, let decaySteps, let end, let power, let cycle):
            return "poly \(f(initial))→\(f(end)) over \(decaySteps)"
                + (power != 1 ? ", power \(f(power))" : "") + (cycle ? ", cycle" : "")
        case .inverseTimeDecay(let initial, let decaySteps, let rate, let staircase):
            return "inv \(f(initial))/(1+\(f(rate))·\(Self.ratio(decaySteps, staircase)))"
        case .cosineDecay(let initial, let decaySteps, let alpha, let warmupTarget, let warmupSteps):
            let peak = warmupTarget ?? initial
            let floor = Self.roundedText(peak * alpha)
            guard let target = warmupTarget else { return "cos \(f(initial))→\(floor) over \(decaySteps)" }
            return "cos \(f(initial))→\(f(target)) over \(warmupSteps), →\(floor) over \(decaySteps)"
        }
    }

    /// The kind of schedule in words, for titles: `constant 0.1`, `piecewise constant`,
    /// `exponential decay`, `polynomial decay`, `inverse time decay`, `cosine decay`
    /// (`cosine decay with warmup`).
    public var kindName: String {
        switch self {
        case .constant(let lr): "constant \(NumberFormat.plain(lr))"
        case .piecewiseConstantDecay: "piecewise constant"
        case .exponentialDecay: "exponential decay"
        case .polynomialDecay: "polynomial decay"
        case .inverseTimeDecay: "inverse time decay"
        case let .cosineDecay(_, _, _, target, steps): target != nil && steps > 0 ? "cosine decay with warmup" : "cosine decay"
        }
    }

    /// `NumberFormat.plain` of `value` rounded to 12 significant digits, for a computed value whose
    /// last bits are rounding noise (0.1 × 0.1 reads `0.01`, not `0.010000000000000002`).
    private static func roundedText(_ value: Double) -> String {
        guard value.isFinite, let rounded = Double(String(format: "%.12g", value)) else {
            return NumberFormat.plain(value)
        }
        return NumberFormat.plain(rounded)
    }

    /// `t/100`, or `⌊t/100⌋` when the schedule is a staircase.
    private static func ratio(_ decaySteps: Int, _ staircase: Bool) -> String {
        staircase ? "⌊t/\(decaySteps)⌋" : "t/\(decaySteps)"
    }
}
