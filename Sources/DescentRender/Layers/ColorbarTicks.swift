import Descent
import Foundation

/// Tick positions (fractions of the colorbar, 0 at the bottom), their labels and the axis label.
struct ColorbarTicks {
    var fractions: [Double]
    var labels: [String]
    var axisLabel: String

    init(mapping m: ColorMapping, quantity: String = "f") {
        switch m.scale {
        case .linear:
            let ticks = NiceTicks.linear(m.low...m.high, targetCount: 6)
            fractions = ticks.map { ($0 - m.low) / (m.high - m.low) }
            labels = NiceTicks.labels(ticks)
            axisLabel = quantity
        case .log:
            // Colour follows g = log(1 + v) with v = f − min f, so g runs from 0 to `high`.
            let span = expm1(m.high)
            let fromZero = abs(m.minimum) <= 1e-3 * max(span, 1e-300)
            let values: [Double]
            let labelled: [String]
            if span < 20 {
                values = NiceTicks.linear(0...span, targetCount: 6)
                labelled = NiceTicks.labels(values)
            } else {
                let decades = NiceTicks.logarithmic(1...span, targetCount: 6)
                values = [0] + decades
                labelled = ["0"] + NiceTicks.labels(decades)
            }
            fractions = values.map { log1p($0) / m.high }
            labels = labelled
            axisLabel = fromZero ? "\(quantity)  (log scale)" : "\(quantity) − min \(quantity)  (log scale)"
        }
        let kept = fractions.indices.filter { fractions[$0] >= -1e-9 && fractions[$0] <= 1 + 1e-9 }
        fractions = kept.map { fractions[$0] }
        labels = kept.map { labels[$0] }
    }
}
