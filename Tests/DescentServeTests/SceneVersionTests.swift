import Descent
import Foundation
import Synchronization
import Testing
@testable import DescentServe

/// A version that changes only the runs keeps its predecessor's landscapes: a network is
/// neither trained nor sampled again.
struct SceneVersionTests {
    static let network = """
        surface:
          network:
            data: {csv: data.csv}
            layers: [3]
            train: {optimizer: adam, lr: 0.05, steps: 20}
        view: {resolution: 9}
        start: [0.5, 0.5]
        steps: 10
        runs:
          - {optimizer: sgd, lr: 0.1}
        output: {name: n, size: [300, 200]}
        """

    /// Grid points a resolution reports while it samples.
    final class GridCount: Sendable {
        let points = Atomic<Int>(0)
        var progress: ResolveProgress {
            { [self] stage, _, _ in if stage == .grid { points.add(1, ordering: .relaxed) } }
        }
    }

    static func data(_ folder: Folder, shift: Double = 0) throws {
        let rows = (0..<24).map { i -> String in
            let x = Double(i) / 8 - 1.5 + shift
            return "\(x),\(x * x > 0.5 ? 1 : 0)"
        }
        try folder.write("data.csv", "x,label\n" + rows.joined(separator: "\n") + "\n")
    }

    @Test func changedRunsShareTheLandscapesAndAChangedSurfaceDoesNot() throws {
        let folder = try Folder()
        try Self.data(folder)
        let path = try folder.write("n.yaml", Self.network)
        let first = GridCount(), second = GridCount(), third = GridCount()
        let v1 = try SceneVersion(path: path, progress: first.progress)
        _ = v1.resolved.analyses
        #expect(first.points.load(ordering: .relaxed) > 0)
        #expect(v1.dataFiles == [folder.file("data.csv")])

        let v2 = try SceneVersion(text: Self.network.replacingOccurrences(of: "lr: 0.1}", with: "lr: 0.3}"), path: path,
                                  previous: v1, progress: second.progress)
        _ = v2.resolved.analyses
        #expect(second.points.load(ordering: .relaxed) == 0)
        #expect(v2.scene.runs[0].lr == .constant(0.3))

        let v3 = try SceneVersion(text: Self.network.replacingOccurrences(of: "resolution: 9", with: "resolution: 11"), path: path,
                                  previous: v2, progress: third.progress)
        _ = v3.resolved.analyses
        #expect(third.points.load(ordering: .relaxed) > 0)
    }

    @Test func aChangedDataFileDoesNotShare() throws {
        let folder = try Folder()
        try Self.data(folder)
        let path = try folder.write("n.yaml", Self.network)
        let v1 = try SceneVersion(path: path)
        _ = v1.resolved.analyses
        usleep(20_000)
        try Self.data(folder, shift: 0.25)
        let count = GridCount()
        _ = try SceneVersion(path: path, previous: v1, progress: count.progress).resolved.analyses
        #expect(count.points.load(ordering: .relaxed) > 0)
    }

    @Test func namedFilesAreTheValuesThatNameFiles() throws {
        let folder = try Folder()
        try FileManager.default.createDirectory(atPath: folder.file("data"), withIntermediateDirectories: true)
        try folder.write("data/a.csv", "1")
        try folder.write("grid.npy", "1")
        let text = """
            title: data
            surface: {grid: grid.npy}
            runs: [{optimizer: sgd, label: data/a.csv}]
            checkpoints: "data/ckpt-*.safetensors"
            other: data
            """
        let named = NamedFiles.named(in: text, sceneAt: folder.file("s.yaml"))
        #expect(named == [folder.file("grid.npy"), folder.file("data/a.csv"), folder.file("data/ckpt-*.safetensors")])
    }
}
