/// How a sweep is drawn.
public enum SweepLayout: String, Sendable, CaseIterable {
    /// Small multiples: one panel per value, sharing the surface and the colour scale.
    case grid
    /// One panel, one path per value, coloured along a sequential scale.
    case overlay
    /// Final loss against the value: a curve, for dense sweeps.
    case curve
}

/// A scene's sweep: one run setting varied over values, each value applied to every run the
/// scene lists. The scene's runs are the expansion, value by value: run i has value
/// `i / runsPerValue` and is the scene's run `i % runsPerValue` with that value set.
public struct Sweep: Sendable, Equatable {
    /// The setting varied.
    public var parameter: SweepParameter
    /// The values it takes, in the scene's order.
    public var values: [SweepValue]
    /// Small multiples, overlaid paths, or a curve of final loss.
    public var layout: SweepLayout
    /// Columns of a grid; nil lets the figure choose.
    public var columns: Int?
    /// True when the values came from a log range, so a curve's axis is logarithmic.
    public var logarithmic: Bool
    /// True when the values came from a range (not written one by one), so labels may round them.
    public var fromRange: Bool
    /// How many runs the scene lists (runs per value).
    public var runsPerValue: Int

    /// A sweep; `runsPerValue` is how many runs the scene lists.
    public init(parameter: SweepParameter, values: [SweepValue], layout: SweepLayout, columns: Int? = nil,
                logarithmic: Bool = false, fromRange: Bool = false, runsPerValue: Int = 1) {
        self.parameter = parameter
        self.values = values
        self.layout = layout
        self.columns = columns
        self.logarithmic = logarithmic
        self.fromRange = fromRange
        self.runsPerValue = runsPerValue
    }

    /// Indices into the scene's runs of the runs with value `index`.
    public func runs(ofValue index: Int) -> Range<Int> {
        (index * runsPerValue)..<((index + 1) * runsPerValue)
    }

    /// `lr = 0.01`, `β₂ = 0.99`, `start = (1, −2)`; an optimizer gives its name (`Adam`), a
    /// schedule its kind (`exponential decay`; its parameters show in the run's label).
    public func label(_ index: Int) -> String {
        switch values[index] {
        case .optimizer: return values[index].text
        case let .schedule(schedule): return schedule.kindName
        case let .number(lr) where parameter == .lr && values.contains(where: { if case .schedule = $0 { true } else { false } }):
            return Schedule.constant(lr).kindName
        case let .number(v) where fromRange:
            return "\(parameter.symbol) = \(NumberFormat.short(v, significant: rangeDigits))"
        default: break
        }
        return "\(parameter.symbol) = \(values[index].text)"
    }

    /// The fewest significant digits (3 to 12) that keep the labels of a range's values apart:
    /// a range's values are not what anyone wrote, so they are rounded for reading.
    private var rangeDigits: Int {
        let numbers = values.compactMap(\.numericValue)
        return (3...12).first { d in Set(numbers.map { NumberFormat.short($0, significant: d) }).count == numbers.count } ?? 12
    }
}
