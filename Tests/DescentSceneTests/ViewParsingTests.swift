import Descent
import Testing
@testable import DescentScene

/// `view:` — the box shown and how the surface is painted, with defaults from the catalogue.
struct ViewParsingTests {
    @Test func withoutAViewRosenbrockTakesItsDomainAndLogColour() throws {
        let view = try parse(rosenbrock(runs: "  - optimizer: sgd\n")).view
        #expect(view.box == ViewBox(x: -2...2, y: -1...3))
        #expect(view.colorScale == .log)
        #expect(view.colormap == "viridis")
        #expect(view.style == .filled)
        #expect(view.levels == 30)
        #expect(view.showMinima)
    }

    @Test func withoutAViewBoothTakesItsDomainAndLinearColour() throws {
        let view = try parse("surface: {name: booth}\nruns:\n  - optimizer: sgd\n").view
        #expect(view.box == ViewBox(x: -10...10, y: -10...10))
        #expect(view.colorScale == .linear)
    }

    @Test func aPartialViewKeepsTheCatalogueDefaults() throws {
        let view = try parse(rosenbrock(runs: "  - optimizer: sgd\n", top: "view:\n  x: [-1.5, 1.5]\n")).view
        #expect(view.box == ViewBox(x: -1.5...1.5, y: -1...3))
        #expect(view.colorScale == .log)
        #expect(view.levels == 30)
    }

    @Test func everyField() throws {
        let view = try parse(rosenbrock(runs: "  - optimizer: sgd\n", top: """
            view:
              x: [-3, 0.5]
              y: [-0.25, 2e2]
              color: linear
              colormap: magma
              style: heatmap
              levels: 0
              minima: false

            """)).view
        #expect(view == ViewSettings(box: ViewBox(x: -3...0.5, y: -0.25...200), colorScale: .linear,
                                     colormap: "magma", style: .heatmap, levels: 0, showMinima: false))
    }

    @Test func logColourOnASurfaceThatPrefersLinear() throws {
        let view = try parse("surface: {name: booth}\nview: {color: log, levels: 200}\nruns:\n  - optimizer: sgd\n").view
        #expect(view.colorScale == .log)
        #expect(view.levels == 200)
    }

    @Test(arguments: Colormap.names)
    func everyColormap(_ name: String) throws {
        let view = try parse(rosenbrock(runs: "  - optimizer: sgd\n", top: "view: {colormap: \(name)}\n")).view
        #expect(view.colormap == name)
    }

    @Test func grayIsGrey() throws {
        let view = try parse(rosenbrock(runs: "  - optimizer: sgd\n", top: "view: {colormap: gray}\n")).view
        #expect(view.colormap == "grey")
    }

    @Test func aFormulaViewIsLinearByDefault() throws {
        let view = try parse("""
            surface: {formula: "x^2 + y^2"}
            view: {x: [-1, 2], y: [-3, 4]}
            start: [1, 1]
            runs:
              - optimizer: sgd
            """).view
        #expect(view == ViewSettings(box: ViewBox(x: -1...2, y: -3...4)))
    }

    @Test func rangesMustIncrease() throws {
        let error = try #require(parseError(rosenbrock(runs: "  - optimizer: sgd\n", top: "view:\n  x: [2, -2]\n")))
        #expect(error == SceneError(file: "t.yaml", line: 4, field: "view.x",
                                    message: "must be [low, high] with low < high, got [2, -2]"))
    }
}
