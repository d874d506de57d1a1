import Descent

/// The companion charts of a figure: one quantity of every run against the step.
enum CompanionCharts {
    /// One chart per kind, one line per trajectory in `colors`, the surface's values named
    /// `quantity`. A diverged run's line ends in a × and does not stretch the y axis past the
    /// point where it left the view.
    static func make(_ kinds: [ChartKind], trajectories: [Trajectory], colors: [RGB], survey: LandscapeSurvey,
                     quantity: String = "f") -> [ChartPanel] {
        let longest = trajectories.map(\.run.steps).max() ?? 1
        return kinds.map { kind in
            let minima = survey.minima.map(\.position)
            let series = zip(trajectories, colors).map { t, color -> ChartSeries in
                let ys: [Double] = switch kind {
                case .loss: t.losses
                case .lr: t.learningRates
                case .gradNorm: t.gradientNorms
                case .distance: t.points.map { p in minima.map { ($0 - p).norm }.min() ?? .nan }
                }
                let diverged = if case .diverged = t.end { true } else { false }
                return ChartSeries(color: color, xs: t.points.indices.map(Double.init), ys: ys,
                                   rangeEnd: diverged ? t.drawnPoints(view: survey.view).count : nil, endsInCross: diverged)
            }
            let noMinimum = kind == .distance && minima.isEmpty
            return ChartPanel(titles: titles(kind, quantity: quantity), series: noMinimum ? [] : series, xRange: 0...Double(max(longest, 1)),
                              note: noMinimum ? "no minimum in view" : nil)
        }
    }

    /// A chart's title, longest first: the loss chart names the surface's values (`loss f` for
    /// an analytic surface, `loss` or `validation loss` for a network's).
    static func titles(_ kind: ChartKind, quantity: String = "f") -> [String] {
        switch kind {
        case .loss: quantity == "f" ? ["loss f", "f"] : [quantity]
        case .lr: ["learning rate", "lr"]
        case .gradNorm: ["gradient norm |∇f|", "|∇f|"]
        case .distance: ["distance to nearest minimum", "distance to min", "distance"]
        }
    }
}
