import Foundation
import Testing

/// Every file in BadScenes/ through `descent render`: exactly its lines from
/// BadScenes/expected.txt on stderr (one per independent problem), exit status 1, nothing on
/// stdout, nothing written.
struct BadSceneCorpusTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let file: String
        let expected: String
        var testDescription: String { file }
    }

    static let directory = Executable.testsDirectory.appendingPathComponent("BadScenes")

    /// The manifest: one `name.yaml<TAB>expected stderr` per line, a file's several lines
    /// joined by `\n` (a backslash and an n).
    static let corpus: [Case] = {
        let url = directory.appendingPathComponent("expected.txt")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").map { line in
            let parts = line.split(separator: "\t", maxSplits: 1)
            let expected = parts.count > 1 ? parts[1].replacingOccurrences(of: "\\n", with: "\n") : ""
            return Case(file: String(parts[0]), expected: expected)
        }
    }()

    @Test func manifestListsEveryCorpusFileOnce() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path)
            .filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(files.count >= 45)
        #expect(Self.corpus.map(\.file).sorted() == files)
        #expect(Set(Self.corpus.map(\.file)).count == Self.corpus.count)
        for c in Self.corpus {
            #expect(c.expected.hasPrefix("descent: BadScenes/\(c.file)"), "\(c.file): the line must name its file")
        }
    }

    @Test(arguments: corpus)
    func renderRefusesWithOneLine(_ c: Case) throws {
        let output = try TemporaryDirectory()
        let result = try Executable.run(["render", "BadScenes/\(c.file)", "--output", output.path],
                                        in: Executable.testsDirectory)
        #expect(result.exited)
        #expect(result.status == 1)
        #expect(result.stderr == c.expected + "\n")
        #expect(result.stdout == "")
        #expect(output.contents() == [])
    }

    @Test(arguments: ["duplicate-key.yaml", "negative-lr.yaml", "yaml-tab-indent.yaml", "empty.yaml"])
    func checkGivesTheSameLine(_ file: String) throws {
        let expected = try #require(Self.corpus.first { $0.file == file }).expected
        let result = try Executable.run(["check", "BadScenes/\(file)"], in: Executable.testsDirectory)
        #expect(result.exited && result.status == 1)
        #expect(result.stderr == expected + "\n")
        #expect(result.stdout == "")
    }

    @Test func checkReportsEveryBadFileAndNoOkLines() throws {
        let files = ["unknown-top-key.yaml", "lr-inf.yaml"]
        let result = try Executable.run(["check"] + files.map { "BadScenes/\($0)" }, in: Executable.testsDirectory)
        let expected = files.map { file in Self.corpus.first { $0.file == file }!.expected + "\n" }.joined()
        #expect(result.exited && result.status == 1)
        #expect(result.stderr == expected)
        #expect(result.stdout == "")
    }

    @Test func traceRefusesABadScene() throws {
        let c = try #require(Self.corpus.first { $0.file == "formula-unknown-name.yaml" })
        let result = try Executable.run(["trace", "BadScenes/\(c.file)", "--format", "json"], in: Executable.testsDirectory)
        #expect(result.exited && result.status == 1)
        #expect(result.stderr == c.expected + "\n")
        #expect(result.stdout == "")
    }
}
