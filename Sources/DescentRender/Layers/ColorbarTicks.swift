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
            let (values, labelled) = OffsetLogScale.ticks(span: span, targetCount: 6)
            fractions = values.map { log1p($0) / m.high }
            labels = labelled
            axisLabel = OffsetLogScale.axisLabel(of: quantity, minimum: m.minimum, span: span)
        }
        let kept = fractions.indices.filter { fractions[$0] >= -1e-9 && fractions[$0] <= 1 + 1e-9 }
        fractions = kept.map { fractions[$0] }
        labels = kept.map { labels[$0] }
    }
}
