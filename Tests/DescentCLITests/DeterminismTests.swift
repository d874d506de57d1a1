import Foundation
import Testing

/// The same scene gives the same bytes in two separate processes: SVG, PDF, CSV, JSON and
/// .npy always; PNG and GIF on the same machine (as here). A noisy run, a sweep, a 3D view, a
/// network and an animation.
struct DeterminismTests {
    /// Runs `descent ARGUMENTS --output DIR` into two fresh directories and returns their files.
    static func twice(_ arguments: [String]) throws -> [(name: String, first: Data, second: Data)] {
        let first = try TemporaryDirectory(), second = try TemporaryDirectory()
        for dir in [first, second] {
            let result = try Executable.run(arguments + ["--output", dir.path, "--quiet"])
            #expect(result.exited && result.status == 0 && result.stderr == "", "\(arguments): \(result.stderr)")
        }
        #expect(first.contents() == second.contents())
        return try first.contents().map { name in
            (name, try Data(contentsOf: first.url.appendingPathComponent(name)), try Data(contentsOf: second.url.appendingPathComponent(name)))
        }
    }

    /// Saddle escape: noisy gradients (seeded); lr-sweep-grid: a sweep of six panels; saddle-3d:
    /// the 3D view beside the 2D; batch-vs-sgd: a trained network and mini-batch runs.
    @Test(arguments: ["saddle-escape", "lr-sweep-grid", "saddle-3d", "batch-vs-sgd"])
    func renderGivesTheSameFiles(_ scene: String) throws {
        let files = try Self.twice(["render", "scenes/\(scene).yaml"])
        #expect(files.map(\.name) == ["\(scene).pdf", "\(scene).png", "\(scene).svg"])
        for file in files {
            #expect(file.first == file.second, "\(file.name) differs between two runs")
            #expect(file.first.count > 10_000)
        }
    }

    @Test(arguments: [["--format", "csv"], ["--format", "json"], ["--outcomes"]])
    func traceGivesTheSameText(_ options: [String]) throws {
        for scene in ["saddle-escape", "lr-sweep-grid", "batch-vs-sgd"] {
            let first = try Executable.run(["trace", "scenes/\(scene).yaml"] + options)
            let second = try Executable.run(["trace", "scenes/\(scene).yaml"] + options)
            #expect(first.status == 0 && first.stdout.count > 100)
            #expect(first.stdout == second.stdout, "trace \(scene) \(options) differs between two runs")
        }
    }

    @Test(arguments: ["csv", "npy"])
    func networkGridGivesTheSameFile(_ format: String) throws {
        let files = try Self.twice(["grid", "scenes/batch-vs-sgd.yaml", "--format", format])
        #expect(files.map(\.name) == ["batch-vs-sgd.\(format)"])
        for file in files { #expect(file.first == file.second) }
    }

    /// Noisy runs, 40 frames: the GIF (descent's own palette and LZW) and the PNG frames.
    @Test func animationGivesTheSameGIF() throws {
        let dir = try TemporaryDirectory()
        let scene = try dir.write("noisy.yaml", Data("""
            surface: {name: himmelblau}
            steps: 200
            runs:
              - {optimizer: sgd, lr: 0.01, start: [0, 0], noise: 2, seed: 4}
              - {optimizer: adam, lr: 0.05, start: [-1, 1], noise: 2, seed: 9}
            animation: {frames: 40, size: [480, 360], formats: [gif, frames], easing: ease-in}
            """.utf8))
        let files = try Self.twice(["animate", scene])
        #expect(files.count == 41 && files.contains { $0.name == "noisy.gif" })
        for file in files { #expect(file.first == file.second, "\(file.name) differs between two runs") }
    }
}
