@testable import DescentRender
import Testing

/// Text measured as 0.6 em per character, ascent 0.8 em, descent 0.2 em: layout without Cairo.
struct FixedWidthMeasurer: TextMeasurer {
    func measure(_ text: String, size: Double, bold: Bool) -> TextSize {
        TextSize(width: 0.6 * size * Double(text.count), ascent: 0.8 * size, descent: 0.2 * size)
    }
}

@Suite struct LayoutTests {
    static let measurer = FixedWidthMeasurer()

    static func request(width: Int, height: Int, legend: Int, grid: (Int, Int) = (1, 1)) -> LayoutRequest {
        var r = LayoutRequest(width: width, height: height)
        r.title = "A title of some length"
        r.subtitle = "f(x, y) = (1 − x)² + 100(y − x²)²"
        r.rows = grid.0
        r.columns = grid.1
        r.panelAspect = 1
        r.hasPanelTitles = grid.0 * grid.1 > 1
        r.yTickLabels = ["−1.0", "0.0", "1.0", "2.0", "3.0"]
        r.xTickLabels = ["−2.0", "−1.5", "−1.0", "−0.5", "0.0", "0.5", "1.0", "1.5", "2.0"]
        r.xLabel = "x"
        r.yLabel = "y"
        r.colorbarTickLabels = ["0", "10⁰", "10¹", "10²", "10³"]
        r.colorbarLabel = "f  (log scale)"
        r.legendEntries = (0..<legend).map { ["Run \($0)", "SGD momentum=0.9 lr=0.001", "f = 4.88"] }
        return r
    }

    /// The boxes a layout places, as (name, rect).
    static func boxes(_ l: FigureLayout, _ r: LayoutRequest, _ t: Typography) -> [(String, Rect)] {
        var result: [(String, Rect)] = l.panels.enumerated().map { ("panel \($0)", $1) }
        if let bar = l.colorbar { result.append(("colorbar", bar)) }
        if let legend = l.legend { result.append(("legend", legend.rect)) }
        if let p = l.titleBaseline, let title = r.title {
            let s = measurer.measure(title, size: t.title, bold: true)
            result.append(("title", Rect(x: p.x - s.width / 2, y: p.y - s.ascent, width: s.width, height: s.height)))
        }
        return result
    }

    @Test(arguments: [(400, 300), (800, 600), (1200, 900), (1000, 800), (2400, 1000), (600, 1200)])
    func elementsStayInsideAndApart(size: (Int, Int)) {
        for legend in [0, 1, 3, 6, 12] {
            let r = Self.request(width: size.0, height: size.1, legend: legend)
            let t = Typography(width: size.0, height: size.1)
            let l = FigureLayout(r, typography: t, measurer: Self.measurer)
            let canvas = Rect(x: 0, y: 0, width: Double(size.0), height: Double(size.1))
            let boxes = Self.boxes(l, r, t)
            for (name, box) in boxes {
                #expect(box.minX >= canvas.minX - 1e-9 && box.maxX <= canvas.maxX + 1e-9
                        && box.minY >= canvas.minY - 1e-9 && box.maxY <= canvas.maxY + 1e-9,
                        "\(name) \(box) leaves the \(size) canvas with \(legend) legend lines")
                #expect(box.width > 0 && box.height > 0, "\(name) is empty")
            }
            for i in boxes.indices {
                for j in boxes.indices where j > i {
                    #expect(!boxes[i].1.intersects(boxes[j].1),
                            "\(boxes[i].0) overlaps \(boxes[j].0) at \(size) with \(legend) legend lines")
                }
            }
        }
    }

    @Test func equalAspectKeepsDataUnitsSquare() {
        var r = Self.request(width: 1200, height: 900, legend: 6)
        r.panelAspect = 0.5
        let l = FigureLayout(r, typography: Typography(width: 1200, height: 900), measurer: Self.measurer)
        #expect(abs(l.panels[0].height / l.panels[0].width - 0.5) < 0.01)
    }

    /// A square map beside a view twice as wide as high: one height, widths in ratio 1 : 2,
    /// and the panels, the gap and the colorbar in order without overlap.
    @Test func columnsOfUnlikeAspectShareOneHeight() {
        var r = Self.request(width: 1500, height: 750, legend: 2, grid: (1, 2))
        r.columnAspects = [1, 0.5]
        let l = FigureLayout(r, typography: Typography(width: 1500, height: 750), measurer: Self.measurer)
        let (map, view) = (l.panels[0], l.panels[1])
        #expect(map.height == view.height)
        #expect(abs(map.width - map.height) <= 1 && abs(view.width - 2 * view.height) <= 1)
        #expect(map.maxX < view.minX)
        #expect(view.maxX < l.colorbar!.minX && l.colorbar!.maxX <= 1500)
    }

    @Test func panelsSitOnWholePixels() {
        let r = Self.request(width: 1037, height: 771, legend: 4, grid: (2, 3))
        let l = FigureLayout(r, typography: Typography(width: 1037, height: 771), measurer: Self.measurer)
        #expect(l.panels.count == 6)
        for p in l.panels {
            #expect(p.x == p.x.rounded() && p.y == p.y.rounded() && p.width == p.width.rounded() && p.height == p.height.rounded())
        }
    }

    @Test func legendGoesBelowWhenItIsTooTallForTheSide() {
        let r = Self.request(width: 800, height: 400, legend: 30)
        let l = FigureLayout(r, typography: Typography(width: 800, height: 400), measurer: Self.measurer)
        let legend = try! #require(l.legend)
        #expect(legend.rect.minY > l.panels[0].maxY)
    }
}

/// Grids of panels with titles, badges and companion charts: every inked region inside the
/// canvas, none overlapping another, panels of a row aligned, charts aligned.
@Suite struct GridLayoutTests {
    static func request(width: Int, height: Int, grid: (Int, Int), charts: Int, below: Bool,
                        titleLines: Int, legend: Int) -> LayoutRequest {
        var r = LayoutTests.request(width: width, height: height, legend: legend, grid: grid)
        r.hasPanelTitles = grid.0 * grid.1 > 1
        r.panelTitleLines = titleLines
        if charts > 0 {
            let titles = [["loss f"], ["learning rate", "lr"], ["gradient norm |∇f|", "|∇f|"],
                          ["distance to nearest minimum", "distance to min", "distance"]]
            r.charts = ChartsRequest(titles: Array(titles.prefix(charts)), yTickLabels: ["10⁻¹²", "10⁻⁶", "1", "10⁶"],
                                     below: below, xLabel: "step")
        }
        return r
    }

    static func check(_ r: LayoutRequest, _ what: String) {
        let t = Typography(width: r.width, height: r.height)
        let l = FigureLayout(r, typography: t, measurer: LayoutTests.measurer)
        let regions = l.inkedRegions(r, typography: t, measurer: LayoutTests.measurer)
        let canvas = Rect(x: 0, y: 0, width: Double(r.width), height: Double(r.height))
        for (name, box) in regions {
            #expect(box.minX >= -1e-9 && box.maxX <= canvas.maxX + 1e-9 && box.minY >= -1e-9 && box.maxY <= canvas.maxY + 1e-9,
                    "\(what): \(name) \(box) leaves the canvas")
        }
        for i in regions.indices {
            for j in regions.indices where j > i {
                #expect(!regions[i].1.intersects(regions[j].1), "\(what): \(regions[i].0) overlaps \(regions[j].0)")
            }
        }
        // Panels of a row share their top and height; panels of a column share left and width.
        for row in 0..<l.rows {
            let panels = l.panels[(row * l.columns)..<((row + 1) * l.columns)]
            #expect(Set(panels.map(\.minY)).count == 1 && Set(panels.map(\.height)).count == 1, "\(what): row \(row) misaligned")
        }
        for column in 0..<l.columns {
            let panels = stride(from: column, to: l.panels.count, by: l.columns).map { l.panels[$0] }
            #expect(Set(panels.map(\.minX)).count == 1 && Set(panels.map(\.width)).count == 1, "\(what): column \(column) misaligned")
        }
        if r.charts?.below == true {
            #expect(Set(l.charts.map(\.plot.minY)).count == 1 && Set(l.charts.map(\.plot.height)).count == 1, "\(what): chart row misaligned")
        } else if r.charts != nil {
            #expect(Set(l.charts.map(\.plot.minX)).count == 1 && Set(l.charts.map(\.plot.width)).count == 1, "\(what): chart column misaligned")
        }
        #expect(l.charts.count == r.charts?.titles.count ?? 0)
    }

    @Test(arguments: [(1200, 900), (1500, 1000), (1600, 1200), (900, 900)])
    func gridsUpToFourByFourWithChartsBelow(size: (Int, Int)) {
        for grid in [(1, 2), (2, 2), (2, 3), (3, 3), (3, 4), (4, 4)] {
            for charts in [0, 1, 2, 4] {
                for lines in [1, 2] {
                    Self.check(Self.request(width: size.0, height: size.1, grid: grid, charts: charts, below: true,
                                            titleLines: lines, legend: 0),
                               "\(grid.0)x\(grid.1) at \(size), \(charts) charts below, \(lines)-line titles")
                }
            }
        }
    }

    @Test(arguments: [(1200, 900), (1000, 800), (1600, 900), (800, 600)])
    func onePanelWithAColumnOfCharts(size: (Int, Int)) {
        for charts in [1, 2, 3, 4] {
            for legend in [0, 3, 8] {
                Self.check(Self.request(width: size.0, height: size.1, grid: (1, 1), charts: charts, below: false,
                                        titleLines: 1, legend: legend),
                           "one panel at \(size), \(charts) charts right, \(legend) legend lines")
            }
        }
    }

    /// Under a grid narrower than the figure (equal-aspect panels limited by the height) the
    /// charts use the figure's whole width, less the margins.
    @Test func chartsBelowUseTheWidth() {
        let r = Self.request(width: 1500, height: 1000, grid: (2, 3), charts: 3, below: true, titleLines: 1, legend: 0)
        let t = Typography(width: 1500, height: 1000)
        let l = FigureLayout(r, typography: t, measurer: LayoutTests.measurer)
        let bar = try! #require(l.colorbar)
        #expect(l.charts[0].plot.minX <= l.panels[0].minX)
        #expect(l.charts.last!.plot.maxX > bar.maxX && abs(l.charts.last!.plot.maxX - (1500 - t.margin)) <= 2)
        #expect(l.charts.allSatisfy { $0.plot.minY > l.panels.last!.maxY })
    }
}
