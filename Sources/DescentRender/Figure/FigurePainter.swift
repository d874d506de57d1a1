import Descent

/// Draws a prepared figure into a graphics context: background, titles, panels, axes,
/// colorbar and legend, then the runs. `paintStatic` alone draws what an animation keeps from
/// frame to frame.
struct FigurePainter {
    let prepared: PreparedFigure
    let g: GraphicsContext
    /// Draw 3D meshes as sorted polygons; by default on documents (SVG, PDF), while images
    /// (PNG) get the z-buffer raster.
    var polygonMesh: Bool? = nil
    var t: Typography { prepared.typography }
    var layout: FigureLayout { prepared.layout }

    func paint() throws {
        try paintStatic()
        for panel in prepared.panels {
            if let solid = panel.solid {
                let painter = solidPainter(solid)
                painter.paintRuns(solid.model.runs) { _, run in
                    painter.paintPath(of: run, stepDots: run.run.points.count <= PanelPainter.stepDotLimit)
                }
            } else if panel.panel.solid == nil {
                PanelPainter(panel: panel, g: g, t: t.insidePanel).paintRuns()
            }
        }
        try g.checkStatus()
    }

    /// The painter of a 3D panel: sorted polygons on documents, the z-buffer raster on images.
    func solidPainter(_ solid: PreparedSolid) -> SolidPainter {
        SolidPainter(solid: solid, g: g, t: t, polygons: polygonMesh ?? !g.surface.isImage)
    }

    /// What every figure has around its plots, where this one's layout put it.
    private var decorations: DecorationPainter {
        let figure = prepared.figure
        return DecorationPainter(title: figure.title, subtitle: figure.subtitle, xLabel: figure.xLabel, yLabel: figure.yLabel,
                                 legend: figure.legend, layout: layout, g: g, t: t)
    }

    /// Everything but the runs: background, titles, surfaces, axes, panel titles and badges,
    /// labels, colorbar, companion charts and legend; the legend without the cells of `live`
    /// (a text column of some lines) when given; 3D panels only with `solidPanels` (a moving
    /// camera draws them anew in every frame).
    func paintStatic(live: (column: Int, entries: Range<Int>)? = nil, solidPanels: Bool = true) throws {
        let decorations = self.decorations
        decorations.paintBackground(width: prepared.figure.width, height: prepared.figure.height)
        decorations.paintTitles()
        for (index, panel) in prepared.panels.enumerated() {
            if let solid = panel.solid {
                if solidPanels { try solidPainter(solid).paintSurface() }
            } else if panel.panel.solid == nil {
                try PanelPainter(panel: panel, g: g, t: t.insidePanel).paintSurface()
                paintAxes(panel.transform, index: index)
            }
            if layout.panelTitleBands.indices.contains(index) {
                PanelTitlePainter(title: prepared.panelTitles[index], band: layout.panelTitleBands[index], g: g, t: t).paint()
            }
        }
        decorations.paintAxisLabels()
        try paintColorbar()
        for (chart, placement) in zip(prepared.charts, layout.charts) {
            ChartPainter(chart: chart, placement: placement, g: g, t: t).paint()
        }
        if let p = layout.chartXLabelCenter {
            g.setColor(t.palette.ink)
            g.text("step", at: p.x, p.y, size: t.axisLabel, horizontal: .center)
        }
        decorations.paintLegend(omitting: live)
        try g.checkStatus()
    }

    /// Draws `text` in text column `column` of legend line `entry` (an animation's live column).
    func paintLegendText(_ text: String, entry: Int, column: Int) {
        decorations.paintLegendText(text, entry: entry, column: column)
    }

    /// Frame ticks on every panel; tick labels on the bottom row and the left column only.
    private func paintAxes(_ transform: PlotTransform, index: Int) {
        let r = transform.rect
        g.setColor(t.palette.ink)
        g.setLineWidth(1.1 * t.unit)
        g.rectangle(r)
        g.stroke()
        let showX = index + layout.columns >= prepared.panels.count  // nothing below this panel
        let showY = index % layout.columns == 0
        for (value, label) in zip(prepared.xTicks, prepared.xTickLabels) {
            let x = transform.x(value)
            g.move(x, r.maxY)
            g.line(x, r.maxY + t.tickLength)
            g.stroke()
            if showX {
                g.text(label, at: x, r.maxY + t.tickLabelOffset, size: t.tick,
                       horizontal: .center, vertical: .top)
            }
        }
        for (value, label) in zip(prepared.yTicks, prepared.yTickLabels) {
            let y = transform.y(value)
            g.move(r.minX, y)
            g.line(r.minX - t.tickLength, y)
            g.stroke()
            if showY {
                g.text(label, at: r.minX - t.tickLabelOffset, y, size: t.tick,
                       horizontal: .right, vertical: .center)
            }
        }
    }

    private func paintColorbar() throws {
        guard let bar = layout.colorbar, let ticks = prepared.colorbar, let mapping = prepared.mapping else { return }
        let steps = 512
        let filled = prepared.figure.style == .filled
        let table = prepared.figure.colormap
        let pixels = (0..<steps).map { i -> UInt32 in
            let fraction = 1 - (Double(i) + 0.5) / Double(steps)
            return table.color(at: mapping.shown(fraction, filled: filled)).argb
        }
        try g.drawImage(PixelImage(width: 1, height: steps, pixels: pixels), in: bar)
        g.setColor(t.palette.ink)
        g.setLineWidth(1.1 * t.unit)
        g.rectangle(bar)
        g.stroke()
        for (fraction, label) in zip(ticks.fractions, ticks.labels) {
            let y = bar.maxY - fraction * bar.height
            g.move(bar.maxX, y)
            g.line(bar.maxX + t.tickLength, y)
            g.stroke()
            g.text(label, at: bar.maxX + t.tickLabelOffset, y, size: t.tick, vertical: .center)
        }
        if let p = layout.colorbarLabelCenter {
            g.text(ticks.axisLabel, at: p.x, p.y, size: t.axisLabel, horizontal: .center, vertical: .center,
                   angle: -.pi / 2)
        }
    }
}
