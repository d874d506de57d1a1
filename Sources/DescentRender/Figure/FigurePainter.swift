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

    static let ink = RGB(hex: 0x222222)
    static let subtleInk = RGB(hex: 0x555555)
    static let white = RGB(hex: 0xFFFFFF)

    func paint() throws {
        try paintStatic()
        // 3D panels draw their runs with the mesh.
        for panel in prepared.panels where panel.solid == nil && panel.panel.solid == nil {
            PanelPainter(panel: panel, g: g, t: t).paintRuns()
        }
        try g.checkStatus()
    }

    /// Everything but the runs: background, titles, surfaces, axes, labels, colorbar and
    /// legend; the legend without its text column `liveLegendColumn` when given.
    func paintStatic(liveLegendColumn: Int? = nil) throws {
        g.setColor(Self.white)
        g.rectangle(Rect(x: 0, y: 0, width: Double(prepared.figure.width), height: Double(prepared.figure.height)))
        g.fill()
        paintTitles()
        for (index, panel) in prepared.panels.enumerated() {
            if let solid = panel.solid {
                try SolidPainter(solid: solid, g: g, t: t, polygons: polygonMesh ?? !g.surface.isImage).paint()
            } else if panel.panel.solid == nil {
                try PanelPainter(panel: panel, g: g, t: t).paintSurface()
                paintAxes(panel.transform, index: index)
            }
            if let title = panel.panel.title {
                g.setColor(Self.ink)
                g.text(title, at: panel.transform.rect.midX, panel.transform.rect.minY - 0.5 * t.gap,
                       size: t.panelTitle, bold: true, horizontal: .center, vertical: .bottom)
            }
        }
        paintAxisLabels()
        try paintColorbar()
        paintLegend(omitting: liveLegendColumn)
        try g.checkStatus()
    }

    private func paintTitles() {
        if let title = prepared.figure.title, let p = layout.titleBaseline {
            g.setColor(Self.ink)
            g.text(title, at: p.x, p.y, size: t.title, bold: true, horizontal: .center)
        }
        if let subtitle = prepared.figure.subtitle, let p = layout.subtitleBaseline {
            g.setColor(Self.subtleInk)
            g.text(subtitle, at: p.x, p.y, size: t.subtitle, horizontal: .center)
        }
    }

    /// Frame ticks on every panel; tick labels on the bottom row and the left column only.
    private func paintAxes(_ transform: PlotTransform, index: Int) {
        let r = transform.rect
        g.setColor(Self.ink)
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
                g.text(label, at: x, r.maxY + t.tickLength + 0.5 * t.gap, size: t.tick,
                       horizontal: .center, vertical: .top)
            }
        }
        for (value, label) in zip(prepared.yTicks, prepared.yTickLabels) {
            let y = transform.y(value)
            g.move(r.minX, y)
            g.line(r.minX - t.tickLength, y)
            g.stroke()
            if showY {
                g.text(label, at: r.minX - t.tickLength - 0.5 * t.gap, y, size: t.tick,
                       horizontal: .right, vertical: .center)
            }
        }
    }

    private func paintAxisLabels() {
        g.setColor(Self.ink)
        if let p = layout.xLabelCenter {
            g.text(prepared.figure.xLabel, at: p.x, p.y, size: t.axisLabel, horizontal: .center)
        }
        if let p = layout.yLabelCenter {
            g.text(prepared.figure.yLabel, at: p.x, p.y, size: t.axisLabel, horizontal: .center,
                   vertical: .center, angle: -.pi / 2)
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
        g.setColor(Self.ink)
        g.setLineWidth(1.1 * t.unit)
        g.rectangle(bar)
        g.stroke()
        for (fraction, label) in zip(ticks.fractions, ticks.labels) {
            let y = bar.maxY - fraction * bar.height
            g.move(bar.maxX, y)
            g.line(bar.maxX + t.tickLength, y)
            g.stroke()
            g.text(label, at: bar.maxX + t.tickLength + 0.5 * t.gap, y, size: t.tick, vertical: .center)
        }
        if let p = layout.colorbarLabelCenter {
            g.text(ticks.axisLabel, at: p.x, p.y, size: t.axisLabel, horizontal: .center, vertical: .center,
                   angle: -.pi / 2)
        }
    }

    private func paintLegend(omitting omitted: Int?) {
        guard let placement = layout.legend else { return }
        let box = placement.rect
        g.setColor(Self.white, alpha: 0.92)
        g.rectangle(box)
        g.fillPreserve()
        g.setColor(RGB(hex: 0xBBBBBB))
        g.setLineWidth(1 * t.unit)
        g.stroke()
        for (index, entry) in prepared.figure.legend.enumerated() {
            let swatch = legendSwatch(entry: index)
            RunStyle(color: entry.color, t: t).drawSwatch(in: g, from: swatch, to: Point(swatch.x + placement.swatchWidth, swatch.y))
            for (column, text) in entry.columns.enumerated() where column != omitted {
                paintLegendText(text, entry: index, column: column)
            }
        }
    }

    /// Draws `text` in text column `column` of legend line `entry`: the name in ink, the rest subtler.
    func paintLegendText(_ text: String, entry: Int, column: Int) {
        guard let placement = layout.legend else { return }
        let swatch = legendSwatch(entry: entry)
        g.setColor(column == 0 ? Self.ink : Self.subtleInk)
        g.text(text, at: swatch.x + placement.swatchWidth + 1.1 * t.gap + placement.textOffsets[column], swatch.y,
               size: t.legend, vertical: .center)
    }

    /// The left end of legend line `entry`'s swatch, on the line's middle. Entries run
    /// column-major: down the first column, then the next.
    private func legendSwatch(entry: Int) -> Point {
        let placement = layout.legend!
        let rows = (prepared.figure.legend.count + placement.columns - 1) / placement.columns
        let column = entry / rows, row = entry % rows
        return Point(placement.rect.minX + placement.padding + Double(column) * placement.columnWidth,
                     placement.rect.minY + placement.padding + (Double(row) + 0.5) * placement.rowHeight)
    }
}
