import Descent

extension LandscapeFigure {
    /// The figure of a computed surface: one panel per landscape (the variants a scene
    /// compares), each with the scene's runs simulated on its exact surface and its training
    /// paths projected; axes named after the plane (random directions, PCA with explained
    /// variance, checkpoints).
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
                DrawnRun(label: t.run.displayLabel, color: RunPalette.color(i), points: t.drawnPoints(view: box))
            }
            for (k, path) in landscape.paths.enumerated() {
                runs.append(DrawnRun(label: path.label, color: RunPalette.color(trajectories.count + k), points: path.points))
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
            panels.append(LandscapePanel(title: title, box: box, surface: landscape.drawn, runs: runs,
                                         minima: scene.view.showMinima ? landscape.marks.filter(box.contains) : []))
        }
        let ratio = box.height / box.width
        self.init(width: scene.output.width, height: scene.output.height,
                  title: scene.title ?? "Loss landscape", subtitle: source.summary,
                  colormap: colormap, colorScale: scene.view.colorScale, style: scene.view.style,
                  levels: scene.view.levels, panels: panels, columns: min(panels.count, 3),
                  legend: legend, equalAspect: ratio > 0.25 && ratio < 4)
        xLabel = shareLabels ? landscapes[0].xLabel : "α"
        yLabel = shareLabels ? landscapes[0].yLabel : "β"
        valueLabel = source.quantity
    }
}
