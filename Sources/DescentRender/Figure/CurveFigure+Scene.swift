import Descent
import Foundation

extension CurveFigure {
    /// The curve of a `layout: curve` sweep: the final loss of each run against the swept value
    /// (log axis for a log range), a line per run of the scene; where a run has no final loss it
    /// diverged and the line breaks. With one run per value, the background is tinted by
    /// outcome (green converged, amber partial, purple oscillating, red diverged). For SGD, a
    /// dashed rule marks the stability limit at the minimum most runs reached (else the lowest
    /// in view).
    public init(analysis: SceneAnalysis) {
        let scene = analysis.scene
        let sweep = scene.sweep!
        let xs = sweep.values.map { $0.numericValue! }
        let perValue = sweep.runsPerValue
        let colors = (0..<perValue).map { perValue == 1 ? Palette.light.ink : Palette.light.run($0) }
        var series: [ChartSeries] = [], rules: [ChartRule] = [], legend: [LegendEntry] = []
        for t in 0..<perValue {
            let runs = xs.indices.map { $0 * perValue + t }
            let ys = runs.map { i -> Double in
                switch analysis.outcomes[i].kind {
                case .diverged, .diverging: .nan
                default: analysis.trajectories[i].losses.last ?? .nan
                }
            }
            series.append(ChartSeries(color: colors[t], xs: xs, ys: ys, dots: xs.count <= 40))
            let template = scene.runs[t]
            if let limit = Self.stabilityLimit(runs: runs, template: template, analysis: analysis) {
                rules.append(ChartRule(x: limit.learningRate, label: Self.ruleLabel(limit, template), color: colors[t]))
            }
            if perValue > 1 {
                legend.append(LegendEntry(columns: [template.label ?? template.optimizer.kind.displayName,
                                                    template.settingsSummary(omitting: sweep.omittedSettings)], color: colors[t]))
            }
        }
        var bands: [ChartBand] = []
        if perValue == 1 {
            bands = Self.outcomeBands(xs: xs, outcomes: analysis.outcomes, logarithmic: sweep.logarithmic)
            legend = [Outcome.Verdict.success, .partial, .oscillation, .failure].compactMap { verdict in
                let names = analysis.outcomes.filter { $0.verdict == verdict }.map(Self.words)
                guard !names.isEmpty else { return nil }
                let order = ["converged", "converging", "still moving", "trapped in a local minimum", "stuck at a saddle",
                             "on a plateau", "wandering", "oscillating", "diverging", "diverged"]
                let distinct = order.filter(names.contains)
                return LegendEntry(columns: [distinct.joined(separator: " or ")], color: Palette.light.color(of: verdict), swatch: .band)
            }
        }
        let formula = scene.surface.statement
        let steps = Set(scene.runs.map(\.steps)).count == 1 ? " after \(scene.runs[0].steps) steps" : ""
        self.init(
            width: scene.output.width, height: scene.output.height,
            title: scene.title ?? "Final loss against \(sweep.parameter.symbol)",
            subtitle: [scene.surface.name.map { "\($0): \(formula)" } ?? formula, sweep.sharedSettings(of: scene.runs[0])]
                .joined(separator: " · "),
            xLabel: sweep.parameter == .lr ? "learning rate" : sweep.parameter.symbol,
            yLabel: "final " + CompanionCharts.titles(.loss, quantity: scene.surface.quantity)[0] + steps,
            chart: ChartPanel(titles: [""], series: series, xScale: sweep.logarithmic ? .log : .linear,
                              rules: rules, bands: bands),
            legend: legend)
    }

    /// The stability limit of the runs `runs` (one template over the values): at the minimum
    /// most of them converged to, else the lowest minimum in view; nil when not SGD, with no
    /// minimum, or when the swept parameter is not the learning rate.
    static func stabilityLimit(runs: [Int], template: Run, analysis: SceneAnalysis) -> StabilityLimit? {
        guard analysis.scene.sweep?.parameter == .lr else { return nil }
        let reached = runs.compactMap { i -> CriticalPoint? in
            if case let .converged(c, _, _) = analysis.outcomes[i].kind { return c }
            return nil
        }
        let counts = Dictionary(grouping: reached, by: \.position).mapValues(\.count)
        let minimum = counts.max { $0.value < $1.value }.flatMap { best in reached.first { $0.position == best.key } }
            ?? analysis.survey.minima.first
        guard let minimum else { return nil }
        return StabilityLimit(optimizer: template.optimizer, minimum: minimum, survey: analysis.survey)
    }

    /// `2/λmax = 0.2`, `2(1+β)/λmax = 0.38` with heavy-ball momentum, else `stability limit
    /// = …` (dampening, Nesterov, weight decay); `(local)` unless the surface is quadratic.
    static func ruleLabel(_ limit: StabilityLimit, _ run: Run) -> String {
        let h = run.optimizer.hyperparameters
        let plain = h.weightDecay == 0 && h.dampening == 0 && !h.nesterov
        let formula = !plain ? "stability limit" : h.momentum == 0 ? "2/λmax" : "2(1+β)/λmax"
        return "\(formula) = \(NumberFormat.short(limit.learningRate, significant: 3))" + (limit.exact ? "" : " (local)")
    }

    /// An outcome in a few words, for the key of the tinted bands.
    static func words(_ outcome: Outcome) -> String {
        switch outcome.name {
        case "trapped": "trapped in a local minimum"
        case "stuck": "stuck at a saddle"
        case "plateau": "on a plateau"
        case "moving": "still moving"
        default: outcome.name
        }
    }

    /// A band per value, from halfway to the previous value to halfway to the next (in log
    /// space on a log axis), tinted by its outcome's verdict; neighbours of one verdict merge.
    static func outcomeBands(xs: [Double], outcomes: [Outcome], logarithmic: Bool) -> [ChartBand] {
        let order = xs.indices.sorted { xs[$0] < xs[$1] }
        let u = order.map { logarithmic ? log(abs(xs[$0])) : xs[$0] }
        func back(_ v: Double) -> Double { logarithmic ? exp(v) * (xs[0] < 0 ? -1 : 1) : v }
        var bands: [ChartBand] = []
        for (k, index) in order.enumerated() {
            let lo = k == 0 ? u[k] : (u[k - 1] + u[k]) / 2, hi = k == order.count - 1 ? u[k] : (u[k] + u[k + 1]) / 2
            let color = Palette.light.color(of: outcomes[index].verdict)
            if let last = bands.last, last.color == color, k > 0 {
                bands[bands.count - 1].to = back(hi)
            } else {
                bands.append(ChartBand(from: back(lo), to: back(hi), color: color))
            }
        }
        return bands
    }
}
