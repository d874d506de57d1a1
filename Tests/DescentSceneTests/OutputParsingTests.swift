import Descent
import Testing
@testable import DescentScene

/// `title:` and `output:` — the file name (by default the scene file's base name), pixel size
/// and formats.
struct OutputParsingTests {
    static let scene = rosenbrock(runs: "  - optimizer: sgd\n")

    @Test func defaultsNameTheFigureAfterTheSceneFile() throws {
        let output = try parse(Self.scene, file: "scenes/rosenbrock-six.yaml").output
        #expect(output == OutputSettings(name: "rosenbrock-six", width: 1200, height: 900, formats: [.png]))
    }

    @Test(arguments: [("t.yaml", "t"), ("a/b/c.v2.yaml", "c.v2"), ("../scene.yml", "scene"), ("bare", "bare")])
    func defaultNameIsTheBaseName(_ file: String, _ name: String) throws {
        #expect(try parse(Self.scene, file: file).output.name == name)
    }

    @Test func title() throws {
        #expect(try parse(Self.scene).title == nil)
        #expect(try parse("title: \"Rosenbrock: six optimizers\"\n" + Self.scene).title == "Rosenbrock: six optimizers")
    }

    @Test func everyField() throws {
        let output = try parse(Self.scene + """
            output:
              name: figure_1.v2
              size: [640, 480]
              formats: [svg, pdf, png]
            """).output
        #expect(output == OutputSettings(name: "figure_1.v2", width: 640, height: 480, formats: [.svg, .pdf, .png]))
    }

    @Test func onlySomeFields() throws {
        let output = try parse(Self.scene + "output: {formats: [pdf]}\n", file: "x.yaml").output
        #expect(output == OutputSettings(name: "x", formats: [.pdf]))
    }

    @Test func largestImageAllowed() throws {
        let output = try parse(Self.scene + "output: {size: [10000, 4000]}\n").output
        #expect(output.width == 10_000 && output.height == 4_000)
    }

    @Test func aNameWithASlashIsRefused() throws {
        let error = try #require(parseError(Self.scene + "output:\n  name: ../up\n"))
        #expect(error == SceneError(file: "t.yaml", line: 6, field: "output.name",
                                    message: "must be a plain file name without `/` or `..`, got `../up`"))
    }
}
