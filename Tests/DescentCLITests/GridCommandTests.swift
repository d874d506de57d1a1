import Foundation
import Testing

/// `descent grid` and scenes that read grids computed elsewhere.
struct GridCommandTests {
    /// `descent grid` of the scene `text` (written as s.yaml in `dir`) as CSV: its header and
    /// rows of numbers.
    static func exportCSV(_ text: String, in dir: TemporaryDirectory) throws -> (header: String, rows: [[Double]]) {
        let scene = dir.url.appendingPathComponent("s.yaml")
        try text.write(to: scene, atomically: true, encoding: .utf8)
        let result = try Executable.run(["grid", scene.path, "--output", dir.path, "--quiet"])
        #expect(result.status == 0 && result.stderr == "")
        let lines = try String(contentsOf: dir.url.appendingPathComponent("s.csv"), encoding: .utf8).split(separator: "\n")
        return (String(lines.first ?? ""), lines.dropFirst().map { $0.split(separator: ",").map { Double($0)! } })
    }

    /// The HDF5 file of BadScenes/li-grid.h5 holds 0.1 + x² + 2y² on 11 × 9 points
    /// (scripts/make-li-grid.py); exported back as CSV every row must say so.
    @Test func hdf5GridExportsAsCSV() throws {
        let h5 = Executable.testsDirectory.appendingPathComponent("BadScenes/li-grid.h5").path
        let (header, rows) = try Self.exportCSV("surface: {grid: \(h5)}\n", in: TemporaryDirectory())
        // A grid read from a file is exported on its own points.
        #expect(rows.count == 99)
        for r in rows { #expect(abs(r[2] - (0.1 + r[0] * r[0] + 2 * r[1] * r[1])) < 1e-12) }
        #expect(header == "x,y,loss")
    }

    @Test func npyExportHasOneRowPerGridPoint() throws {
        let dir = try TemporaryDirectory()
        let scene = dir.url.appendingPathComponent("bowl.yaml")
        try "surface: {formula: \"x^2 + y^2\"}\nview: {x: [-1, 1], y: [0, 2], resolution: 5}\nruns: [{optimizer: sgd, start: [0, 1]}]\n"
            .write(to: scene, atomically: true, encoding: .utf8)
        let result = try Executable.run(["grid", scene.path, "--format", "npy", "--output", dir.path])
        #expect(result.status == 0)
        let data = try Data(contentsOf: dir.url.appendingPathComponent("bowl.npy"))
        #expect(String(decoding: data.prefix(80), as: UTF8.self).contains("'shape': (25, 3)"))
        #expect(data.count % 64 == (25 * 3 * 8) % 64)
    }

    /// BadScenes/matrix.npy is numpy's own Z = 0.1 + X² + 2Y² on np.meshgrid(x, y), 9 rows
    /// along y by 11 columns along x (scripts/make-npy-fixtures.py), in float32: read over the
    /// view's box and exported as rows, every row must say so.
    @Test func npyMatrixIsReadAsNumpyLaysItOut() throws {
        let npy = Executable.testsDirectory.appendingPathComponent("BadScenes/matrix.npy").path
        let (_, rows) = try Self.exportCSV("surface: {grid: \(npy)}\nview: {x: [-1, 1], y: [-1, 1]}\n", in: TemporaryDirectory())
        #expect(rows.count == 99)
        #expect(Set(rows.map { $0[0] }).count == 11 && Set(rows.map { $0[1] }).count == 9)
        for r in rows { #expect(abs(r[2] - (0.1 + r[0] * r[0] + 2 * r[1] * r[1])) < 1e-6, "\(r)") }
    }

    /// A loss line exports one row per α: alpha, then each curve's loss and accuracy.
    @Test func lineExportsItsCurves() throws {
        let dir = try TemporaryDirectory()
        let text = """
            surface:
              network:
                data: {xor: {samples: 40}}
                validation: 0.25
                train: {optimizer: adam, steps: 10}
              line: {direction: interpolation, accuracy: true}
              split: [train, validation]
            view: {x: [0, 1], resolution: 5}
            """
        let (header, rows) = try Self.exportCSV(text, in: dir)
        #expect(header == "alpha,train_loss,validation_loss,train_accuracy,validation_accuracy")
        #expect(rows.map { $0[0] } == [0, 0.25, 0.5, 0.75, 1])
        #expect(rows.allSatisfy { $0.count == 5 && $0[1] > 0 && $0[3] >= 0 && $0[3] <= 1 })

        let scene = dir.url.appendingPathComponent("s.yaml").path
        let trace = try Executable.run(["trace", scene])
        #expect(trace.status == 1 && trace.stdout == "")
        #expect(trace.stderr == "descent: \(scene): draws a loss line, which has no runs to trace; `descent grid` writes its losses\n")

        // A line is one table of α: it is not split into shards of rows.
        let parts = dir.url.appendingPathComponent("parts")
        let shard = try Executable.run(["grid", scene, "--shard", "1/2", "--output", parts.path])
        #expect(shard.status == 1 && shard.stdout == "")
        #expect(shard.stderr == "descent: \(scene): --shard splits the rows of a 2-D grid; a loss line (`line:`) is one table, computed whole\n")
        #expect(!FileManager.default.fileExists(atPath: parts.path))
    }
}
