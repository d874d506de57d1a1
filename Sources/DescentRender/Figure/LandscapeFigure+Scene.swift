import Descent

extension LandscapeFigure {
    /// The figure of a resolved scene: every run in its own colour over each panel variant's
    /// landscape (in 2D, 3D or both, a row per variant), with the variant's training paths; a
    /// legend naming each run, its settings and, with one variant, its outcome; or, for a
    /// sweep, small multiples or an overlay (see `LandscapeFigure+Sweep`). A curve sweep and a
    /// loss line are `CurveFigure`s, not landscapes.
    public init(resolved: ResolvedScene) throws {
        try self.init(analyses: resolved.analyses)
    }

    /// The figure of `analyses`, one per panel variant of one scene, in order.
    init(analyses: [SceneAnalysis]) throws {
        let first = analyses[0], scene = first.scene
        guard let colormap = Colormap.named(scene.view.colormap) else {
            throw RenderError("unknown colormap `\(scene.view.colormap)`")
        }
        let box = scene.view.box
        let formula = scene.surface.statement
        let title = scene.title ?? (scene.surface.isComputed ? "Loss landscape" : scene.surface.name)
        let ratio = box.height / box.width
        self.init(
            width: scene.output.width, height: scene.output.height,
            title: title ?? formula, subtitle: title == nil ? nil : formula,
            colormap: colormap, colorScale: scene.view.colorScale, style: scene.view.style,
            levels: scene.view.levels, panels: [], legend: [], equalAspect: ratio > 0.25 && ratio < 4)
        valueLabel = scene.surface.quantity
        let landscapes = analyses.map(\.landscape)
        let shareLabels = Set(landscapes.map(\.xLabel)).count == 1 && Set(landscapes.map(\.yLabel)).count == 1
        xLabel = shareLabels ? first.landscape.xLabel : "α"
        yLabel = shareLabels ? first.landscape.yLabel : "β"
        if let sweep = scene.sweep {
            layOutSweep(sweep, analysis: first, formula: formula)
        } else {
            let runCount = first.trajectories.count
            let colors = (0..<(runCount + first.landscape.paths.count)).map(Palette.light.run)
            for analysis in analyses {
                var title = analysis.landscape.title
                if !shareLabels {
                    title = [title, "\(analysis.landscape.xLabel), \(analysis.landscape.yLabel)"].compactMap { $0 }.joined(separator: ": ")
                }
                let flat = panel(analysis, runs: Array(analysis.trajectories.indices), colors: colors, title: title)
                var solid = flat
                solid.solid = scene.view.solid
                let views: [LandscapePanel] = switch scene.view.projection {
                case .flat: [flat]
                case .solid: [solid]
                case .both: [flat, solid]
                }
                panels += views
            }
            columns = scene.view.projection == .both ? 2 : min(panels.count, 3)
            let single = analyses.count == 1
            legend = zip(first.trajectories, first.outcomes).enumerated().map { index, pair in
                let columns = pair.0.legendColumns(outcome: pair.1, quantity: scene.surface.quantity)
                return LegendEntry(columns: single ? columns : Array(columns.prefix(2)), color: colors[index])
            }
            legend += first.landscape.paths.enumerated().map { k, path in
                LegendEntry(columns: [path.label, path.settings] + (single ? [path.outcome] : []), color: colors[runCount + k])
            }
            charts = CompanionCharts.make(scene.charts, trajectories: first.trajectories, colors: colors, survey: first.survey,
                                          quantity: scene.surface.quantity)
        }
        legend += criticalPointKey(first)
    }

    /// A panel of the analysis' landscape with the trajectories at `runs`, in `colors`, and its
    /// training paths in the colours after them (3D when the scene's projection is `solid`,
    /// for the panels of a sweep).
    func panel(_ analysis: SceneAnalysis, runs: [Int], colors: [RGB], title: String? = nil) -> LandscapePanel {
        let view = analysis.scene.view, landscape = analysis.landscape
        var drawn = zip(runs, colors).map { index, color in
            let t = analysis.trajectories[index]
            return DrawnRun(label: t.run.displayLabel, color: color, points: t.drawnPoints(view: view.box))
        }
        drawn += landscape.paths.enumerated().map { k, path in
            DrawnRun(label: path.label, color: Palette.light.run(analysis.trajectories.count + k), points: path.points)
        }
        var panel = LandscapePanel(title: title, box: view.box, surface: landscape.drawn, runs: drawn,
                                   minima: view.showMinima ? landscape.marks : [],
                                   criticalPoints: view.showCriticalPoints ? analysis.survey.criticalPoints : [],
                                   gradientField: view.gradientField)
        // The box's edges take the axes' symbols: `PC1`, not `PC1 (94.7 % of variance)`.
        panel.axisNames = AxisNames(x: Self.symbol(landscape.xLabel), y: Self.symbol(landscape.yLabel), value: landscape.quantity)
        if analysis.scene.sweep != nil, view.projection == .solid { panel.solid = view.solid }
        return panel
    }

    /// The first word of an axis label: `PC1 (94.7 % of variance)` → `PC1`, `α (random
    /// direction)` → `α`.
    static func symbol(_ label: String) -> String {
        String(label.prefix { $0 != " " })
    }

    /// Legend lines naming the markers of the kinds of critical points drawn.
    private func criticalPointKey(_ analysis: SceneAnalysis) -> [LegendEntry] {
        guard analysis.scene.view.showCriticalPoints else { return [] }
        let inView = analysis.survey.criticalPoints.filter { analysis.scene.view.box.contains($0.position) }
        return CriticalPoint.Kind.allCases.compactMap { kind in
            let count = inView.filter { $0.kind == kind }.count
            guard count > 0 else { return nil }
            let name = count == 1 ? kind.rawValue : kind == .maximum ? "maxima" : kind == .minimum ? "minima" : "saddles"
            return LegendEntry(columns: ["\(count) \(name)"], color: Palette.light.ink, swatch: .criticalPoint(kind))
        }
    }
}

extension Trajectory {
    /// The points to draw: all of them, except that a diverged run stops at the first point
    /// outside the view. Its later swings, growing without bound, would cross the view again
    /// and again and hide everything else; the exit mark and the legend tell the rest.
    func drawnPoints(view: ViewBox) -> [Vec2] {
        guard case .diverged = end, let firstOutside = points.firstIndex(where: { !view.contains($0) }) else {
            return points
        }
        return Array(points[...firstOutside])
    }

    /// Legend columns: the run's name, its settings, and its outcome in full
    /// (`Momentum`, `SGD momentum=0.9 lr=0.001`, `converged to (1, 1) at step 412`).
    public func legendColumns(outcome: Outcome, quantity: String = "f") -> [String] {
        let name = run.label ?? run.optimizer.kind.displayName
        let settings = run.label == nil ? run.settingsSummary : "\(run.optimizer.kind.displayName) \(run.settingsSummary)"
        return [name, settings, outcome.text(.long, quantity: quantity)]
    }
}
