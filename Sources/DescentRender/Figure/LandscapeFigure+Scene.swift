import Descent

extension LandscapeFigure {
    /// The figure a scene describes: its surface in one panel, each trajectory in its own
    /// colour, the legend naming each run with its hyperparameters and how it ended.
    public init(scene: Scene, trajectories: [Trajectory]) throws {
        guard let colormap = Colormap.named(scene.view.colormap) else {
            throw RenderError("unknown colormap `\(scene.view.colormap)`")
        }
        let surface = scene.surface.makeSurface()
        let box = scene.view.box
        let runs = trajectories.enumerated().map { index, trajectory in
            DrawnRun(label: trajectory.run.displayLabel, color: RunPalette.color(index),
                     points: trajectory.drawnPoints(view: box))
        }
        let flat = LandscapePanel(box: box, surface: surface, runs: runs,
                                  minima: scene.view.showMinima ? surface.knownMinima : [])
        var solid = flat
        solid.solid = scene.view.solid
        let panels = switch scene.view.projection {
        case .flat: [flat]
        case .solid: [solid]
        case .both: [flat, solid]
        }
        let formula = "f(x, y) = " + scene.surface.formulaText
        let title = scene.title ?? scene.surface.name
        let ratio = box.height / box.width
        self.init(
            width: scene.output.width, height: scene.output.height,
            title: title ?? formula, subtitle: title == nil ? nil : formula,
            colormap: colormap, colorScale: scene.view.colorScale, style: scene.view.style,
            levels: scene.view.levels, panels: panels, columns: panels.count,
            legend: zip(trajectories, runs).map { LegendEntry(columns: $0.legendColumns(view: box), color: $1.color) },
            equalAspect: ratio > 0.25 && ratio < 4)
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
    /// (`Momentum`, `SGD momentum=0.9 lr=0.001`, `f = 6.2×10⁻³`; or `diverged at step 12`,
    /// or `left the view at step 23` when it ends outside `view`).
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
                "f = \(NumberFormat.short(losses.last ?? .nan))"
            }
        }
        return [name, settings, outcome]
    }
}
