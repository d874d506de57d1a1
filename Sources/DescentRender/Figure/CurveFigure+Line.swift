import Descent

extension CurveFigure {
    /// A 1-D loss plot: the loss against α along a line through a network's weights, one curve
    /// per data split or variant, dashed rules at the named points (θ₀, θ*); with accuracy, a
    /// chart of it under the loss. The legend gives each curve's loss at those points
    /// and its shape: whether it falls monotonically from θ₀ to θ* (Goodfellow et al.'s
    /// finding), or where along the direction it is lowest.
    public init(profile: LossProfile, scene: Scene) {
        let specs: [NetworkSpec] = if case let .landscape(.line(specs, _)) = scene.surface { specs } else { [] }
        let colors = profile.curves.indices.map(Self.lineColor)
        let rules = profile.marks.map { ChartRule(x: $0.alpha, label: $0.label, color: Palette.light.subtleInk) }
        let lossName = specs.first.map { Self.name(of: $0.loss) } ?? "loss"
        let chart = ChartPanel(titles: [lossName], series: zip(profile.curves, colors).map { curve, color in
            ChartSeries(color: color, xs: profile.alphas, ys: curve.losses)
        }, xRange: scene.view.box.x, rules: rules)
        let accuracies = zip(profile.curves, colors).compactMap { curve, color in
            curve.accuracies.map { ChartSeries(color: color, xs: profile.alphas, ys: $0) }
        }
        let lower = accuracies.isEmpty ? [] : [ChartPanel(titles: ["accuracy"], series: accuracies, yScale: .linear,
                                                          xRange: scene.view.box.x,
                                                          rules: rules.map { ChartRule(x: $0.x, label: "", color: $0.color) })]
        let legend = zip(profile.curves, colors).map { curve, color in
            LegendEntry(columns: [curve.label] + Self.legendText(curve, profile: profile), color: color, swatch: .line)
        }
        let defaultTitle = profile.direction == .interpolation
            ? "Loss from the initial to the trained weights" : "Loss along a random direction through the trained weights"
        var subtitle = scene.surface.formulaText
        if let training = specs.first?.training { subtitle += " · \(training.summary)" }
        self.init(width: scene.output.width, height: scene.output.height, title: scene.title ?? defaultTitle,
                  subtitle: subtitle, xLabel: profile.xLabel, yLabel: lower.isEmpty ? lossName : nil,
                  chart: chart, legend: legend)
        lowerCharts = lower
    }

    /// Curve colours: blue, red, green, magenta, orange, then the rest of the run palette.
    static func lineColor(_ index: Int) -> RGB {
        let order = [2, 0, 5, 3, 1, 8, 9, 6, 7, 4]
        return Palette.light.run(order[index % order.count])
    }

    /// `cross-entropy loss`, for the loss axis.
    static func name(of loss: LossKind) -> String {
        switch loss {
        case .mse: "mean squared error"
        case .binaryCrossEntropy: "binary cross-entropy loss"
        case .crossEntropy: "cross-entropy loss"
        }
    }

    /// The legend's columns after the curve's name: its loss at the named points, and its shape
    /// (monotone from θ₀ to θ*, or where it rises; or where it is lowest along a direction, "at
    /// θ*" when within a grid step of it, where sampling cannot tell them apart).
    static func legendText(_ curve: LossCurve, profile: LossProfile) -> [String] {
        let values = zip(profile.marks, curve.markLosses).map { "\(NumberFormat.short($1)) at \($0.label.prefix(2))" }
        switch profile.direction {
        case .interpolation:
            let shape = curve.rise(alphas: profile.alphas, in: 0...1).map {
                "rises by \(NumberFormat.short($0.amount)) from α = \(NumberFormat.short($0.from, significant: 2))"
                    + " to \(NumberFormat.short($0.to, significant: 2))"
            } ?? "falls monotonically from θ₀ to θ*"
            return [values.joined(separator: " → "), shape]
        case .random:
            let step = profile.alphas.count > 1 ? profile.alphas[1] - profile.alphas[0] : 0
            let shape = curve.lowest(alphas: profile.alphas).map { lowest in
                abs(lowest.alpha) <= step * (1 + 1e-9) ? "lowest at θ*"
                    : "lowest \(NumberFormat.short(lowest.loss)) at α = \(NumberFormat.short(lowest.alpha, significant: 2))"
            } ?? "no finite loss"
            return [values.joined(separator: ", "), shape]
        }
    }
}
