import Foundation
import Testing
@testable import DescentScene

/// Problems with the file itself rather than a field: encoding, size, YAML syntax, repeated
/// keys, nesting. Each is located by line where a line makes sense, with an empty field.
struct FileProblemTests {
    @Test func emptyAndCommentOnlyFilesHaveNoLine() throws {
        for text in ["", "# a comment\n", "\n\n"] {
            let error = try #require(parseError(text))
            #expect(error == SceneError(file: "t.yaml", line: nil, field: "",
                                        message: "is empty; a scene needs at least `surface` and `runs`"))
            #expect(error.description == "t.yaml: is empty; a scene needs at least `surface` and `runs`")
        }
    }

    @Test func encodingsOtherThanUTF8() throws {
        let binary = Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D])
        #expect(throws: SceneError(file: "b.yaml", line: nil, field: "", message: "is binary, not a YAML scene")) {
            try SceneLoader.parse(binary, file: "b.yaml")
        }
        var utf16 = Data([0xFE, 0xFF])
        utf16.append("surface: {name: booth}\n".data(using: .utf16BigEndian)!)
        #expect(throws: SceneError(file: "w.yaml", line: nil, field: "", message: "is UTF-16 text; save it as UTF-8")) {
            try SceneLoader.parse(utf16, file: "w.yaml")
        }
        let latin1 = Data("title: caf\u{E9}\n".data(using: .isoLatin1)!)
        let error = try #require(throws: SceneError.self) { try SceneLoader.parse(latin1, file: "l.yaml") }
        #expect(error.line == 1 && error.message == "is not UTF-8 text (byte 0xE9); save it as UTF-8")
    }

    @Test func aUTF8ByteOrderMarkIsFine() throws {
        let text = "\u{FEFF}surface: {name: booth}\nruns:\n  - optimizer: sgd\n"
        #expect(try parse(text).runs.count == 1)
    }

    @Test func moreThanOneMegabyte() throws {
        let data = Data(repeating: UInt8(ascii: "#"), count: 1_000_001)
        #expect(throws: SceneError(file: "t.yaml", line: nil, field: "",
                                   message: "is 1000001 bytes; scene files are at most 1 MB")) {
            try SceneLoader.parse(data, file: "t.yaml")
        }
    }

    @Test func repeatedKeysAreLocatedAtTheRepeat() throws {
        let error = try #require(parseError("""
            surface: {name: booth}
            runs:
              - optimizer: sgd
              - optimizer: adam
                betas: [0.9, 0.99]
                eps: 1e-8
                betas: [0.8, 0.9]
            """))
        #expect(error == SceneError(file: "t.yaml", line: 7, field: "runs[1].betas", message: "given twice (first on line 5)"))
    }

    @Test func repeatedTopLevelKey() throws {
        let error = try #require(parseError("steps: 10\nsurface: {name: booth}\nsteps: 20\nruns: [{optimizer: sgd}]\n"))
        #expect(error == SceneError(file: "t.yaml", line: 3, field: "steps", message: "given twice (first on line 1)"))
    }

    @Test(arguments: [
        ("surface:\n\tname: booth\n", 2, "invalid YAML: a tab indents this line; indent with spaces"),
        ("surface: {name: booth}\nstart: [1, 2\nruns: []\n", 2,
         "invalid YAML: the `[` opened on this line is not closed with `]`"),
        ("surface: {name: booth\n", 1, "invalid YAML: the `{` opened on this line is not closed with `}`"),
        ("title: 'abc\nsurface: {name: booth}\n", 1, "invalid YAML: the quoted text opened on this line is not closed"),
        ("surface:\n  name: booth\n runs: []\n", 3, "invalid YAML: this line is not aligned with the keys above it"),
    ])
    func yamlSyntaxErrors(_ text: String, _ line: Int, _ message: String) throws {
        let error = try #require(parseError(text))
        #expect(error == SceneError(file: "t.yaml", line: line, field: "", message: message))
    }

    @Test func nestingIsRefusedBeforeTheYAMLParserRecurses() throws {
        let deep = "surface: {name: booth}\nruns:\n  - optimizer: sgd\n    lr: " + String(repeating: "[", count: 100_000)
        #expect(throws: SceneError(file: "t.yaml", line: 4, field: "", message: "is nested more than 64 levels deep")) {
            try SceneLoader.parse(Data(deep.utf8), file: "t.yaml")
        }
    }

    @Test func nestingGuardIgnoresQuotesAndComments() {
        let text = "title: \"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\"\n"
            + "# [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n"
        #expect(NestingGuard.firstLineTooDeep(in: text) == nil)
        // The top level counts as one: 63 brackets are 64 levels.
        #expect(NestingGuard.firstLineTooDeep(in: String(repeating: "[", count: 63)) == nil)
        #expect(NestingGuard.firstLineTooDeep(in: String(repeating: "[", count: 64)) == 1)
        #expect(NestingGuard.firstLineTooDeep(in: "a: 1\n" + String(repeating: "[", count: 65)) == 2)
    }

    @Test func loadNamesMissingFilesAndDirectories() throws {
        #expect(throws: SceneError(file: "/nonexistent/x.yaml", line: nil, field: "", message: "no such file")) {
            try SceneLoader.load(path: "/nonexistent/x.yaml")
        }
        let directory = FileManager.default.temporaryDirectory.path
        #expect(throws: SceneError(file: directory, line: nil, field: "", message: "is a directory, not a scene file")) {
            try SceneLoader.load(path: directory)
        }
    }
}
