import Descent
import Testing
@testable import DescentScene

/// `surface:` — a catalogue surface by name with parameters, or a formula with parameters.
struct SurfaceParsingTests {
    @Test func catalogueSurfaceWithoutParameters() throws {
        let scene = try parse(rosenbrock(runs: "  - optimizer: sgd\n"))
        let choice = try #require(scene.surface.catalogue)
        #expect(choice.name == "rosenbrock")
        #expect(choice.parameters.isEmpty)
        #expect(scene.surface.analyticSurface!.value(at: Vec2(1, 1)) == 0)
    }

    @Test func catalogueParameters() throws {
        let scene = try parse("""
            surface:
              name: rosenbrock
              params: {a: 2, b: 50}
            runs:
              - optimizer: sgd
            """)
        let choice = try #require(scene.surface.catalogue)
        #expect(choice.parameters == ["a": 2, "b": 50])
        // The minimum moves to (a, a²); f(0, 0) = a² = 4.
        let surface = scene.surface.analyticSurface!
        #expect(surface.value(at: Vec2(2, 4)) == 0)
        #expect(surface.value(at: Vec2(0, 0)) == 4)
    }

    @Test(arguments: SurfaceCatalogue.entries.map(\.name))
    func everyCatalogueNameParses(_ name: String) throws {
        let scene = try parse("surface:\n  name: \(name)\nruns:\n  - optimizer: sgd\n")
        #expect(scene.surface.catalogue?.name == name)
    }

    @Test func formulaWithParameters() throws {
        let scene = try parse("""
            surface:
              formula: "a * x^2 + b * y^2"
              params:
                a: 3
                b: 0.5
            view: {x: [-1, 1], y: [-2, 2]}
            start: [1, 2]
            runs:
              - optimizer: sgd
            """)
        let formula = try #require(scene.surface.formula)
        #expect(formula.text == "a * x^2 + b * y^2")
        #expect(formula.parameters == ["a": 3, "b": 0.5])
        #expect(scene.surface.analyticSurface!.value(at: Vec2(1, 2)) == 3 + 2)
        #expect(scene.surface.name == nil)
    }

    @Test func formulaAsAPlainScalar() throws {
        let scene = try parse("""
            surface:
              formula: (1 - x)^2 + 100*(y - x^2)^2
            view: {x: [-2, 2], y: [-1, 3]}
            start: [-1.5, 2.5]
            runs:
              - optimizer: sgd
            """)
        #expect(scene.surface.analyticSurface!.value(at: Vec2(-1.5, 2.5)) == 12.5)
    }

    @Test func formulaRequiresAView() throws {
        let error = try #require(parseError("surface:\n  formula: x^2 + y^2\nstart: [1, 1]\nruns:\n  - optimizer: sgd\n"))
        #expect(error == SceneError(file: "t.yaml", line: 1, field: "",
                                    message: "missing `view` with `x` and `y` ranges, needed for a formula"))
    }

    @Test func formulaRequiresBothRanges() throws {
        let error = try #require(parseError("""
            surface: {formula: x^2 + y^2}
            view:
              x: [-1, 1]
            start: [1, 1]
            runs:
              - optimizer: sgd
            """))
        #expect(error.line == 3)
        #expect(error.field == "view")
        #expect(error.message == "needs `x` and `y` ranges for a formula surface")
    }

    @Test func formulaErrorNamesTheColumn() throws {
        let error = try #require(parseError("""
            surface:
              formula: "x^2 + sn(y)"
            view: {x: [-1, 1], y: [-1, 1]}
            start: [1, 1]
            runs:
              - optimizer: sgd
            """))
        #expect(error == SceneError(file: "t.yaml", line: 2, field: "surface.formula",
                                    message: "column 7: unknown name `sn`; did you mean `sin`?"))
    }
}
