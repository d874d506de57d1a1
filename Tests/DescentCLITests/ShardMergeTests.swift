import Foundation
import Testing

/// `descent grid --shard i/n` in separate processes, then `descent merge`: the file `descent
/// grid` writes whole, byte for byte.
struct ShardMergeTests {
    static let network = """
        surface:
          network:
            data: {circles: {samples: 300, seed: 2}}
            layers: [8, 8]
            train: {optimizer: adam, lr: 0.02, steps: 40, batch_size: 32}
          plane: {directions: pca}
        view: {x: [-1, 1], y: [-0.8, 1.2], resolution: 23}
        output: {name: net}
        """
    static let formula = """
        surface: {formula: "sin(3*x) * cos(2*y) + x^2/7"}
        view: {x: [-2, 2], y: [-1.5, 2.5], resolution: 17}
        runs: [{optimizer: sgd, start: [0, 0]}]
        output: {name: wave}
        """

    @Test(arguments: [(network, "net", "npy", 4), (network, "net", "csv", 5), (formula, "wave", "csv", 3), (formula, "wave", "npy", 17)])
    func mergedPartsAreTheWholeGrid(_ text: String, _ name: String, _ format: String, _ count: Int) throws {
        let dir = try TemporaryDirectory()
        let scene = try dir.write("scene.yaml", Data(text.utf8))
        let whole = try Executable.run(["grid", scene, "--format", format, "--output", dir.url.appendingPathComponent("whole").path])
        #expect(whole.status == 0 && whole.stderr == "")
        for i in 1...count {
            let part = try Executable.run(["grid", scene, "--format", format, "--shard", "\(i)/\(count)", "--quiet",
                                           "--output", dir.url.appendingPathComponent("parts").path])
            #expect(part.status == 0 && part.stderr == "" && part.stdout == "")
        }
        let parts = try FileManager.default.contentsOfDirectory(atPath: dir.url.appendingPathComponent("parts").path)
        let digits = String(count).count
        #expect(Set(parts) == Set((1...count).map {
            "\(name).part-\(String(repeating: "0", count: digits - String($0).count))\($0)-of-\(count).\(format)"
        }))
        // Given in reverse order: the names say where each belongs.
        let merged = dir.url.appendingPathComponent("merged.\(format)")
        let merge = try Executable.run(["merge"] + parts.sorted().reversed().map { "parts/\($0)" } + ["--output", merged.path],
                                       in: dir.url)
        #expect(merge.status == 0 && merge.stderr == "" && merge.stdout == merged.path + "\n")
        let expected = try Data(contentsOf: dir.url.appendingPathComponent("whole/\(name).\(format)"))
        #expect(try Data(contentsOf: merged) == expected)
        #expect(expected.count > 1000)
    }

    @Test func mergeRefusesAnIncompleteSetAndWritesNothing() throws {
        let dir = try TemporaryDirectory()
        let scene = try dir.write("scene.yaml", Data(Self.formula.utf8))
        for i in [1, 3] {
            _ = try Executable.run(["grid", scene, "--shard", "\(i)/3", "--quiet", "--output", dir.path])
        }
        let result = try Executable.run(["merge", "wave.part-1-of-3.csv", "wave.part-3-of-3.csv", "--output", "out/wave.csv"], in: dir.url)
        #expect(result.exited && result.status == 1)
        #expect(result.stderr == "descent: wave.part-2-of-3.csv: is missing\n")
        #expect(!FileManager.default.fileExists(atPath: dir.url.appendingPathComponent("out").path))
    }

    @Test func moreShardsThanRowsIsRefused() throws {
        let dir = try TemporaryDirectory()
        let scene = try dir.write("scene.yaml", Data(Self.formula.utf8))
        let result = try Executable.run(["grid", scene, "--shard", "18/18", "--output", dir.path])
        #expect(result.status == 1 && result.stderr == "descent: \(scene): --shard 18/18: the grid has 17 rows, so at most 17 parts\n")
        #expect(dir.contents() == ["scene.yaml"])
    }
}
