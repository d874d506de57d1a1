import Foundation
import Testing

/// `descent render` writes nothing unless every scene is good and the output directory usable.
struct RenderAllOrNothingTests {
    static let good = """
        surface:
          name: booth
        steps: 20
        runs:
          - optimizer: sgd
            lr: 0.01
        output:
          name: booth
          size: [320, 240]
          formats: [svg]
        """

    static let bad = """
        surface:
          name: booth
        runs:
          - optimizer: sgd
            lr: -0.01
        """

    @Test func oneBadSceneAmongGoodOnesWritesNothing() throws {
        let scenes = try TemporaryDirectory()
        let goodPath = try scenes.write("good.yaml", Data(Self.good.utf8))
        let badPath = try scenes.write("bad.yaml", Data(Self.bad.utf8))
        let output = try TemporaryDirectory()
        let target = output.url.appendingPathComponent("renders").path

        let result = try Executable.run(["render", goodPath, badPath, "--output", target])
        #expect(result.exited && result.status == 1)
        #expect(result.stderr == "descent: \(badPath):5: runs[0].lr: must be > 0, got -0.01\n")
        #expect(result.stdout == "")
        #expect(output.contents() == [], "not even the output directory is created")
    }

    @Test func theGoodSceneAloneIsWritten() throws {
        let scenes = try TemporaryDirectory()
        let goodPath = try scenes.write("good.yaml", Data(Self.good.utf8))
        let output = try TemporaryDirectory()

        let result = try Executable.run(["render", goodPath, "--output", output.path, "--quiet"])
        #expect(result.exited && result.status == 0)
        #expect(result.stderr == "")
        #expect(output.contents() == ["booth.svg"])
    }

    @Test func outputPathThatIsAFile() throws {
        let scenes = try TemporaryDirectory()
        let goodPath = try scenes.write("good.yaml", Data(Self.good.utf8))
        let filePath = try scenes.write("not-a-directory", Data("keep me\n".utf8))

        let result = try Executable.run(["render", goodPath, "--output", filePath])
        #expect(result.exited && result.status == 1)
        #expect(result.stderr == "descent: \(filePath): not a directory\n")
        #expect(result.stdout == "")
        #expect(try String(contentsOfFile: filePath, encoding: .utf8) == "keep me\n")
        #expect(scenes.contents() == ["good.yaml", "not-a-directory"])
    }
}
