import Foundation
import Testing

/// Files that are not YAML text at all (binary, UTF-16, Latin-1, over 1 MB, missing, a
/// directory), made here rather than committed: each gets one line and nothing is written.
struct UnreadableSceneTests {
    static let goodScene = """
        surface:
          name: rosenbrock
        runs:
          - optimizer: sgd
        """

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let bytes: [UInt8]
        let expected: String
        var testDescription: String { name }
    }

    static let big = Array((goodScene + "\n" + String(repeating: "# padding\n", count: 150_000)).utf8)

    static let cases: [Case] = [
        Case(name: "binary.yaml", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48],
             expected: "is binary, not a YAML scene"),
        Case(name: "utf16.yaml", bytes: [0xFF, 0xFE] + goodScene.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] },
             expected: "is UTF-16 text; save it as UTF-8"),
        Case(name: "utf16-no-bom.yaml", bytes: goodScene.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] },
             expected: "is UTF-16 text; save it as UTF-8"),
        Case(name: "latin1.yaml", bytes: Array("title: Cauchy\nsurface:\n  name: b".utf8) + [0xE9] + Array("ale\n".utf8),
             expected: ":3: is not UTF-8 text (byte 0xE9); save it as UTF-8"),
        Case(name: "control.yaml", bytes: Array("surface:\n  name: rosenbrock\ntitle: a\u{7}b\n".utf8),
             expected: ":3: invalid YAML: control characters are not allowed"),
        Case(name: "big.yaml", bytes: big, expected: "is \(big.count) bytes; scene files are at most 1 MB"),
    ]

    @Test(arguments: cases)
    func renderRefusesWithOneLine(_ c: Case) throws {
        let scenes = try TemporaryDirectory()
        let path = try scenes.write(c.name, Data(c.bytes))
        let output = try TemporaryDirectory()
        let result = try Executable.run(["render", path, "--output", output.path])
        let separator = c.expected.hasPrefix(":") ? "" : ": "
        #expect(result.exited && result.status == 1)
        #expect(result.stderr == "descent: \(path)\(separator)\(c.expected)\n")
        #expect(result.stdout == "")
        #expect(output.contents() == [])
    }

    @Test func missingFile() throws {
        let output = try TemporaryDirectory()
        let result = try Executable.run(["render", "scenes/no-such-scene.yaml", "--output", output.path])
        #expect(result.exited && result.status == 1)
        #expect(result.stderr == "descent: scenes/no-such-scene.yaml: no such file\n")
        #expect(output.contents() == [])
    }

    @Test func directoryGivenAsAScene() throws {
        let result = try Executable.run(["check", "scenes"])
        #expect(result.exited && result.status == 1)
        #expect(result.stderr == "descent: scenes: is a directory, not a scene file\n")
        #expect(result.stdout == "")
    }
}
