import Descent

extension LandscapeFigure {
    /// The figure a scene describes, with its runs simulated and classified: one panel with
    /// every run in its own colour and a legend naming each run, its settings and its outcome;
    /// or, for a sweep, small multiples or an overlay (see `LandscapeFigure+Sweep`). A curve
    /// sweep is a `CurveFigure`, not a landscape.
    public init(analysis: SceneAnalysis) throws {
        let scene = analysis.scene
        guard let colormap = Colormap.named(scene.view.colormap) else {
            throw RenderError("unknown colormap `\(scene.view.colormap)`")
        }
        let box = scene.view.box
        // A computed surface has a summary, not a formula.
        let computed = if case .landscape = scene.surface { true } else { false }
        let formula = (computed ? "" : "f(x, y) = ") + scene.surface.formulaText
        let title = scene.title ?? scene.surface.name
        let ratio = box.height / box.width
        self.init(
            width: scene.output.width, height: scene.output.height,
            title: title ?? formula, subtitle: title == nil ? nil : formula,
            colormap: colormap, colorScale: scene.view.colorScale, style: scene.view.style,
            levels: scene.view.levels, panels: [], legend: [], equalAspect: ratio > 0.25 && ratio < 4)
        valueLabel = scene.surface.quantity
        if let sweep = scene.sweep {
            layOutSweep(sweep, analysis: analysis, formula: formula)
        } else {
            let colors = analysis.trajectories.indices.map(Palette.light.run)
            let flat = panel(analysis, runs: Array(analysis.trajectories.indices), colors: colors)
            var solid = flat
            solid.solid = scene.view.solid
            panels = switch scene.view.projection {
            case .flat: [flat]
            case .solid: [solid]
            case .both: [flat, solid]
            }
            columns = panels.count
            legend = zip(analysis.trajectories, analysis.outcomes).enumerated().map { index, pair in
                LegendEntry(columns: pair.0.legendColumns(outcome: pair.1, quantity: scene.surface.quantity), color: colors[index])
            }
            charts = CompanionCharts.make(scene.charts, trajectories: analysis.trajectories, colors: colors, survey: analysis.survey,
                                      quantity: scene.surface.quantity)
        }
        legend += criticalPointKey(analysis)
    }

    /// A 2D panel of the scene's surface with the trajectories at `runs`, in `colors` (3D
    /// when the scene's projection is `solid`, for the panels of a sweep).
    func panel(_ analysis: SceneAnalysis, runs: [Int], colors: [RGB], title: String? = nil) -> LandscapePanel {
        let view = analysis.scene.view
        let drawn = zip(runs, colors).map { index, color in
            let t = analysis.trajectories[index]
            return DrawnRun(label: t.run.displayLabel, color: color, points: t.drawnPoints(view: view.box))
        }
        var panel = LandscapePanel(title: title, box: view.box, surface: analysis.drawnSurface, runs: drawn,
                                   minima: view.showMinima ? analysis.marks : [],
                                   criticalPoints: view.showCriticalPoints ? analysis.survey.criticalPoints : [],
                                   gradientField: view.gradientField)
        if analysis.scene.sweep != nil, view.projection == .solid { panel.solid = view.solid }
        return panel
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

    /// Legend columns: the run's name, its settings, and how it ended
    /// (`Momentum`, `SGD momentum=0.9 lr=0.001`, `loss = 6.2×10⁻³`; or `diverged at step 12`,
    /// or `left the view at step 23` when it ends outside `view`), for runs on a computed
    /// surface, which are not classified.
    public func legendColumns(view: ViewBox) -> [String] {
        let name = run.label ?? run.optimizer.kind.displayName
        let settings = run.label == nil ? run.settingsSummary : "\(run.optimizer.kind.displayName) \(run.settingsSummary)"
        let outcome: String = switch end {
        case let .diverged(step): "diverged at step \(step)"
        case .completed:
            if let last = points.last, !view.contains(last),
               let exit = points.indices.dropFirst().last(where: { view.contains(points[$0 - 1]) && !view.contains(points[$0]) }) {
                "left the view at step \(exit)"
            } else {
                "loss = \(NumberFormat.short(losses.last ?? .nan))"
            }
        }
        return [name, settings, outcome]
    }

    /// Legend columns: the run's name, its settings, and its outcome in full
    /// (`Momentum`, `SGD momentum=0.9 lr=0.001`, `converged to (1, 1) at step 412`).
    public func legendColumns(outcome: Outcome, quantity: String = "f") -> [String] {
        let name = run.label ?? run.optimizer.kind.displayName
        let settings = run.label == nil ? run.settingsSummary : "\(run.optimizer.kind.displayName) \(run.settingsSummary)"
        return [name, settings, outcome.text(.long, quantity: quantity)]
    }
}
