import Descent

extension LandscapeFigure {
    /// The figure of a computed surface: one panel per landscape (the variants a scene
    /// compares), each with the scene's runs simulated on its exact surface and its training
    /// paths projected; axes named after the plane (random directions, PCA with explained
    /// variance, checkpoints). The scene's projection draws each landscape in 2D, in 3D, or
    /// both side by side (a row per landscape).
    public init(scene: Scene, source: LandscapeSource, landscapes: [NetworkLandscape]) throws {
        guard let colormap = Colormap.named(scene.view.colormap) else {
            throw RenderError("unknown colormap `\(scene.view.colormap)`")
        }
        let box = scene.view.box
        let shareLabels = Set(landscapes.map(\.xLabel)).count == 1 && Set(landscapes.map(\.yLabel)).count == 1
        var legend: [LegendEntry] = []
        var panels: [LandscapePanel] = []
        for (index, landscape) in landscapes.enumerated() {
            let trajectories = Simulator.simulate(scene.runs, on: landscape.exact)
            var runs = trajectories.enumerated().map { i, t in
                DrawnRun(label: t.run.displayLabel, color: Palette.light.run(i), points: t.drawnPoints(view: box))
            }
            for (k, path) in landscape.paths.enumerated() {
                runs.append(DrawnRun(label: path.label, color: Palette.light.run(trajectories.count + k), points: path.points))
            }
            if index == 0 {
                for (t, drawn) in zip(trajectories, runs) {
                    let columns = t.legendColumns(view: box)
                    legend.append(LegendEntry(columns: landscapes.count == 1 ? columns : Array(columns.prefix(2)), color: drawn.color))
                }
                for (k, path) in landscape.paths.enumerated() {
                    let columns = [path.label, path.settings] + (landscapes.count == 1 ? [path.outcome] : [])
                    legend.append(LegendEntry(columns: columns, color: runs[trajectories.count + k].color))
                }
            }
            var title = landscape.title
            if !shareLabels { title = [title, "\(landscape.xLabel), \(landscape.yLabel)"].compactMap { $0 }.joined(separator: ": ") }
            let flat = LandscapePanel(title: title, box: box, surface: landscape.drawn, runs: runs,
                                      minima: scene.view.showMinima ? landscape.marks.filter(box.contains) : [])
            var solid = flat
            solid.solid = scene.view.solid
            // The box's edges take the axes' symbols: `PC1`, not `PC1 (94.7 % of variance)`.
            solid.axisNames = AxisNames(x: Self.symbol(landscape.xLabel), y: Self.symbol(landscape.yLabel), value: source.quantity)
            let views: [LandscapePanel] = switch scene.view.projection {
            case .flat: [flat]
            case .solid: [solid]
            case .both: [flat, solid]
            }
            panels += views
        }
        let ratio = box.height / box.width
        self.init(width: scene.output.width, height: scene.output.height,
                  title: scene.title ?? "Loss landscape", subtitle: source.summary,
                  colormap: colormap, colorScale: scene.view.colorScale, style: scene.view.style,
                  levels: scene.view.levels, panels: panels,
                  columns: scene.view.projection == .both ? 2 : min(panels.count, 3),
                  legend: legend, equalAspect: ratio > 0.25 && ratio < 4)
        xLabel = shareLabels ? landscapes[0].xLabel : "α"
        yLabel = shareLabels ? landscapes[0].yLabel : "β"
        valueLabel = source.quantity
    }

    /// The first word of an axis label: `PC1 (94.7 % of variance)` → `PC1`, `α (random
    /// direction)` → `α`.
    static func symbol(_ label: String) -> String {
        String(label.prefix { $0 != " " })
    }
}
