import Descent

extension LandscapeFigure {
    /// A sweep as small multiples (`grid`: a panel per value titled with the value and a badge
    /// of its outcome, charts in a row below) or as one panel (`overlay`: a path per value along
    /// a sequential colour scale, a legend line per value with its outcome, charts beside).
    mutating func layOutSweep(_ sweep: Sweep, analysis: SceneAnalysis, formula: String) {
        let scene = analysis.scene
        subtitle = [title == formula ? nil : formula, sweep.sharedSettings(of: scene.runs[0])]
            .compactMap { $0 }.joined(separator: " · ")
        let single = sweep.runsPerValue == 1
        let valueColors = SweepPalette.colors(for: sweep.values)
        let colors = scene.runs.indices.map { single ? valueColors[$0] : Palette.light.run($0 % sweep.runsPerValue) }
        switch sweep.layout {
        case .grid, .curve:
            columns = sweep.columns ?? SweepGrid.columns(for: sweep.values.count, width: width, height: height)
            panels = sweep.values.indices.map { v in
                let runs = Array(sweep.runs(ofValue: v))
                var p = panel(analysis, runs: runs, colors: runs.map { colors[$0] }, title: sweep.label(v))
                if single {
                    p.badge = PanelBadge(analysis.outcomes[v], quantity: scene.surface.quantity)
                    if !scene.charts.isEmpty { p.titleColor = colors[v] }
                }
                return p
            }
            if !single {
                legend = (0..<sweep.runsPerValue).map { t in
                    let run = scene.runs[t]
                    return LegendEntry(columns: [run.label ?? run.optimizer.kind.displayName,
                                                 run.settingsSummary(omitting: sweep.omittedSettings)],
                                       color: colors[t])
                }
            }
            chartsBelow = true
            sharedBackdrop = true
        case .overlay:
            panels = [panel(analysis, runs: Array(scene.runs.indices), colors: colors)]
            legend = sweep.values.indices.map { v in
                LegendEntry(columns: [sweep.label(v), analysis.outcomes[v].text(.long, quantity: scene.surface.quantity)], color: colors[v])
            }
        }
        charts = CompanionCharts.make(scene.charts, trajectories: analysis.trajectories, colors: colors, survey: analysis.survey,
                                      quantity: scene.surface.quantity)
    }
}
