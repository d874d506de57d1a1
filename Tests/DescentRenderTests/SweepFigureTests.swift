import Descent
import DescentScene
import Foundation
import Testing
@testable import DescentRender

/// Sweeps as figures: the panels, badges, legends and curves a person would see.
@Suite struct SweepFigureTests {
    static let scenes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scenes").path

    static func analysis(_ name: String) throws -> SceneAnalysis {
        ResolvedScene(try SceneLoader.load(path: "\(scenes)/\(name).yaml")).analyses[0]
    }

    /// The peer's grid: a panel per learning rate, titled with it, a badge of its outcome in
    /// its verdict's colour (see TraceOutcomesTests for why each run ends as it does).
    @Test func gridHasAPanelPerValueWithItsBadge() throws {
        let figure = try LandscapeFigure(analyses: [Self.analysis("lr-sweep-grid")])
        #expect(figure.panels.count == 6 && figure.columns == 3 && figure.rows == 2)
        #expect(figure.panels.map(\.title) == ["lr = 0.001", "lr = 0.01", "lr = 0.05", "lr = 0.1", "lr = 0.2", "lr = 0.5"])
        #expect(figure.panels.map { $0.badge?.verdict } == [.partial, .partial, .success, .success, .oscillation, .failure])
        #expect(figure.legend.isEmpty)

        let (image, prepared) = try FigureTesting.raster(figure)
        let t = prepared.typography
        let measurer = try GraphicsContext(CairoSurface.image(width: 1, height: 1))
        var badges: [Rect] = []
        for (index, panel) in figure.panels.enumerated() {
            let geometry = PanelTitleGeometry(prepared.panelTitles[index], band: prepared.layout.panelTitleBands[index],
                                              t: t, measurer: measurer)
            let badge = try #require(geometry.badge)
            badges.append(badge)
            // Just inside the pill's rounded left end, before the (white) text.
            let x = Int(badge.minX + 4), y = Int(badge.midY)
            let coloured = image.matches(x, y, Palette.light.color(of: panel.badge!.verdict), tolerance: 3)
            #expect(coloured, "badge \(index) at \(badge): \(image.rgb(x, y))")
            // The badge sits above its panel, inside the panel's column.
            #expect(badge.maxY <= prepared.layout.panels[index].minY)
            #expect(badge.minX >= prepared.layout.panels[index].minX - 1 && badge.maxX <= prepared.layout.panels[index].maxX + 1)
        }
        for i in badges.indices { for j in badges.indices where j > i { #expect(!badges[i].intersects(badges[j])) } }
    }

    /// The six panels of a grid share one backdrop (sampled and traced once); in SVG their
    /// bands are vector regions, so the only embedded image is the colorbar's gradient.
    @Test func gridPanelsShareOneBackdrop() throws {
        let figure = try LandscapeFigure(analyses: [Self.analysis("lr-sweep-grid")])
        #expect(figure.sharedBackdrop)
        let measuring = try GraphicsContext(CairoSurface.image(width: 1, height: 1))
        let prepared = PreparedFigure(figure, measurer: measuring, vectorBands: true)
        #expect(prepared.panels.count == 6)
        #expect(Set(prepared.panels.compactMap { $0.backdrop.map(ObjectIdentifier.init) }).count == 1)
        let dir = NSTemporaryDirectory() + "descent-grid-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FigureWriter.write(figure, name: "grid", formats: [.svg], to: dir)
        let svg = try String(contentsOfFile: dir + "/grid.svg", encoding: .utf8)
        #expect(svg.components(separatedBy: "<image").count - 1 == 1)
    }

    /// An overlay: one panel, a path per value in sequential colours, a legend line per value.
    @Test func overlayHasALegendLinePerValue() throws {
        let analysis = try Self.analysis("adam-beta2-sweep")
        let figure = try LandscapeFigure(analyses: [analysis])
        #expect(figure.panels.count == 1 && figure.panels[0].runs.count == 5)
        #expect(figure.legend.map { $0.columns[0] } == ["β₂ = 0.5", "β₂ = 0.9", "β₂ = 0.99", "β₂ = 0.999", "β₂ = 0.9999"])
        #expect(figure.legend.map { $0.columns[1] } == analysis.outcomes.map { $0.text(.long) })
        let colors = figure.panels[0].runs.map(\.color)
        #expect(Set(colors.map(\.argb)).count == 5)
        // Sequential: lightness (sum of channels) grows with β₂ along plasma.
        let light = colors.map { $0.r + $0.g + $0.b }
        #expect(zip(light, light.dropFirst()).allSatisfy { $0 < $1 })
        #expect(figure.charts.count == 2 && !figure.chartsBelow)
    }

    /// The lr curve of ½(x² + 10y²): the rule at 2/λmax = 2/10 exactly; runs beyond it diverge,
    /// so the curve has no final loss there and the last band is red.
    @Test func curveMarksTheStabilityLimit() throws {
        let analysis = try Self.analysis("lr-curve")
        let figure = CurveFigure(analysis: analysis)
        #expect(figure.chart.rules.count == 1)
        #expect(figure.chart.rules[0].x == 0.2 && figure.chart.rules[0].label == "2/λmax = 0.2")
        let series = try #require(figure.chart.series.first)
        for (lr, loss) in zip(series.xs, series.ys) {
            #expect(lr > 0.2 ? loss.isNaN : loss.isFinite, "lr \(lr): final loss \(loss)")
        }
        #expect(figure.chart.bands.last?.color == Palette.light.failure)
        #expect(figure.chart.xScale == .log)

        // The dashed rule is drawn where 0.2 falls on the log axis.
        let measuring = try GraphicsContext(CairoSurface.image(width: 1, height: 1))
        let prepared = PreparedCurveFigure(figure, measurer: measuring)
        let image = try FigureWriter.rasterize(prepared).pixels()
        let plot = prepared.layout.panels[0]
        let x = Int(plot.minX + prepared.chart.x.fraction(0.2) * plot.width)
        let dark = stride(from: Int(plot.minY) + 40, to: Int(plot.maxY) - 5, by: 1).filter { y in
            let c = image.rgb(x, y)
            return c.r < 90 && c.g < 90 && c.b < 90
        }
        #expect(dark.count > Int(plot.height) / 3, "the rule's dashes cover a third of the plot height or more")
    }

    /// Critical points are drawn with their kind's marker: the maximum of Himmelblau as a red
    /// triangle, a saddle as a light diamond.
    @Test func criticalPointMarkers() throws {
        let analysis = try Self.analysis("himmelblau-critical-points")
        let figure = try LandscapeFigure(analyses: [analysis])
        #expect(figure.panels[0].criticalPoints.count == 9)
        let (image, prepared) = try FigureTesting.raster(figure)
        let transform = prepared.panels[0].transform
        let maximum = try #require(analysis.survey.criticalPoints.first { $0.kind == .maximum })
        let p = transform.point(maximum.position)
        let red = image.matches(Int(p.x), Int(p.y), RGB(hex: 0xE4572E), tolerance: 6)
        #expect(red, "\(image.rgb(Int(p.x), Int(p.y)))")
        let saddle = try #require(analysis.survey.criticalPoints.first { $0.kind == .saddle })
        let q = transform.point(saddle.position)
        let light = image.matches(Int(q.x), Int(q.y), RGB(hex: 0xF2F2F2), tolerance: 6)
        #expect(light, "\(image.rgb(Int(q.x), Int(q.y)))")
        // The legend names the markers: 4 minima, 1 maximum, 4 saddles.
        #expect(figure.legend.suffix(3).map { $0.columns[0] } == ["4 minima", "1 maximum", "4 saddles"])
    }
}

/// Titles and badges of dense grids stay inside their panels' columns and apart.
@Suite struct DenseGridTitleTests {
    static func figure(columns: Int, rows: Int, width: Int, height: Int, charts: Bool) throws -> LandscapeFigure {
        var figure = try FigureTesting.linearRamp(width: width, height: height)
        let panel = figure.panels[0]
        figure.panels = (0..<(columns * rows)).map { i in
            var p = panel
            // The first title is far too long for any of these panels: it shrinks, then ends in "…".
            p.title = i == 0 ? "piecewise 0.15/0.05/0.015@[100, 200], then constant ever after"
                : "lr = \(NumberFormat.short(1e-4 * pow(1.3, Double(i)), significant: 3))"
            p.titleColor = RGB(hex: 0x4363D8)
            p.badge = PanelBadge(texts: ["converging, f = 2.8×10⁻⁴", "converging"], verdict: .success)
            return p
        }
        figure.columns = columns
        figure.sharedBackdrop = true
        if charts {
            figure.charts = [ChartPanel(titles: ["loss f", "f"], series: [ChartSeries(color: RGB(hex: 0), xs: [0, 1], ys: [1, 2])])]
            figure.chartsBelow = true
        }
        return figure
    }

    @Test(arguments: [(2, 2, 1200, 900, true), (3, 3, 1200, 900, true), (4, 4, 1500, 1500, true),
                      (4, 3, 1200, 900, false), (6, 6, 1500, 1500, false)])
    func titlesFit(_ c: (Int, Int, Int, Int, Bool)) throws {
        let measurer = try GraphicsContext(CairoSurface.image(width: 1, height: 1))
        let prepared = PreparedFigure(try Self.figure(columns: c.0, rows: c.1, width: c.2, height: c.3, charts: c.4),
                                      measurer: measurer)
        var boxes: [Rect] = []
        for (index, title) in prepared.panelTitles.enumerated() {
            let band = prepared.layout.panelTitleBands[index], panel = prepared.layout.panels[index]
            let g = PanelTitleGeometry(title, band: band, t: prepared.typography, measurer: measurer)
            let badge = try #require(g.badge)
            let text = try #require(title.text)
            let titleWidth = measurer.measure(text, size: title.size, bold: true).width
            let left = try #require(g.swatch ?? g.title)
            let titleBox = Rect(x: left.x, y: band.minY, width: (g.title!.x - left.x) + titleWidth, height: band.height / (title.oneLine ? 1 : 2))
            for box in [badge, titleBox] {
                #expect(box.minX >= panel.minX - 0.5 && box.maxX <= panel.maxX + 0.5, "\(c): panel \(index) \(box) vs \(panel)")
                #expect(box.minY >= band.minY - 0.5 && box.maxY <= panel.minY, "\(c): panel \(index) \(box) above \(panel)")
            }
            if title.oneLine { #expect(!badge.intersects(titleBox)) }
            if index == 0 { #expect(text.hasSuffix("…")) }
            boxes += [badge, titleBox]
        }
        for i in boxes.indices { for j in boxes.indices where j > i && j != i + 1 { #expect(!boxes[i].intersects(boxes[j])) } }
    }
}
