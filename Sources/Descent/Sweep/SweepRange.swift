import Foundation

/// Evenly spaced values from `from` to `to`, both included: `count` of them, spaced linearly or
/// by equal ratios (log).
public struct SweepRange: Hashable, Sendable {
    /// How the values are spaced.
    public enum Scale: String, Sendable, CaseIterable {
        /// Equal differences, or equal ratios.
        case linear, log
    }

    /// The first value.
    public var from: Double
    /// The last value.
    public var to: Double
    /// Number of values, both ends included.
    public var count: Int
    /// Equal differences or equal ratios.
    public var scale: Scale

    /// `count` values from `from` to `to`.
    public init(from: Double, to: Double, count: Int, scale: Scale = .linear) {
        self.from = from
        self.to = to
        self.count = count
        self.scale = scale
    }

    /// What is wrong with the range, as (field, message): `count` must be at least 2 (a range
    /// of 0 values is empty, and 1 value is a list), a log range must not touch or cross zero.
    public func problems() -> [(field: String, message: String)] {
        var problems: [(String, String)] = []
        if count < 2 {
            problems.append(("count", count <= 0 ? "gives no values; a range needs count >= 2"
                                                 : "must be at least 2 for a range; give one value as a list"))
        }
        if scale == .log && !(from * to > 0) {
            problems.append(("from", "a log range must not reach or cross zero, got from \(NumberFormat.plain(from)) "
                             + "to \(NumberFormat.plain(to)); use scale: linear or two numbers of one sign"))
        }
        return problems
    }

    /// The values: value i is from + (to − from)·i/(count − 1) (linear) or
    /// from·(to/from)^(i/(count − 1)) (log), rounded to 12 significant digits so that values
    /// meant to be decimals read as such (0.01, not 0.010000000000000002); the ends are exactly
    /// `from` and `to`. Requires `problems()` to be empty.
    public var values: [Double] {
        (0..<count).map { i in
            if i == 0 { return from }
            if i == count - 1 { return to }
            let t = Double(i) / Double(count - 1)
            let value = switch scale {
            case .linear: from + (to - from) * t
            case .log: from * exp(log(to / from) * t)
            }
            return Double(String(format: "%.12g", value)) ?? value
        }
    }
}
