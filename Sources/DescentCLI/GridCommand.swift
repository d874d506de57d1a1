import ArgumentParser
import Descent
import Foundation

struct GridCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grid",
        abstract: "Export a scene's surface sampled on its grid, as CSV or .npy rows of x, y, loss.",
        discussion: """
            The grid is the scene's view with `view.resolution` points per side (default 101). A
            network surface is computed as `render` computes it (float32, all cores); a scene
            comparing several panels writes NAME-1, NAME-2, ... A loss line (`line:`) writes one
            row per α: alpha, then each curve's loss and accuracy (train_loss, validation_loss,
            train_accuracy...). Files appear whole or not at all.
            Example: descent grid scenes/two-moons-pca.yaml --format npy --output grids
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, npy }

    @Argument(help: "A scene file (YAML).")
    var scene: String

    @Option(name: .shortAndLong, help: "Output format: csv or npy.")
    var format: Format = .csv

    @Option(name: .shortAndLong, help: "Directory to write into (created if missing).")
    var output = "."

    @Flag(name: .shortAndLong, help: "Print nothing on success.")
    var quiet = false

    func run() throws {
        let scene = try SceneFiles.load([self.scene])[0]
        try OutputDirectory.prepare(output)
        let tables = Self.tables(scene)
        let name = scene.output.name
        var files: [(path: String, data: Data)] = []
        for (index, table) in tables.enumerated() {
            let base = tables.count == 1 ? name : "\(name)-\(index + 1)"
            let data: Data = switch format {
            case .csv: Data(CSVTable.text(header: table.header, rows: table.rows).utf8)
            case .npy: NPYArray(shape: [table.rows.count, table.header.count], values: table.rows.flatMap { $0 }).data
            }
            files.append(((output as NSString).appendingPathComponent("\(base).\(format.rawValue)"), data))
        }
        for file in files {
            do {
                try file.data.write(to: URL(fileURLWithPath: file.path), options: .atomic)
            } catch {
                Console.error("\(file.path): cannot write")
                throw ExitCode.failure
            }
            if !quiet { print(file.path) }
        }
    }

    /// What the scene's files hold: x, y, loss rows of each surface, or a loss line's table.
    static func tables(_ scene: Scene) -> [(header: [String], rows: [[Double]])] {
        if case let .landscape(.line(specs, line)) = scene.surface {
            return [LossProfile.build(specs, line: line, range: scene.view.box.x, count: scene.view.resolution).table]
        }
        return fields(scene).map { (["x", "y", "loss"], GridPoints.points($0)) }
    }

    /// The scene's surface on its grid: computed landscapes, or any surface sampled.
    static func fields(_ scene: Scene) -> [Field] {
        let n = scene.view.resolution, box = scene.view.box
        guard case let .landscape(source) = scene.surface else {
            return [Field.sample(scene.surface.makeSurface(), box: box, columns: n, rows: n)]
        }
        let bar = ProgressBar.onTerminal("grid")
        defer { bar?.finish() }
        let progress = bar.map { b in { @Sendable (done: Int, total: Int) in b.update(done, total) } }
        return source.build(box: box, resolution: n, progress: progress)
            .map { landscape in landscape.field ?? Field.sample(landscape.drawn, box: box, columns: n, rows: n) }
    }
}
