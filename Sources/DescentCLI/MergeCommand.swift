import ArgumentParser
import Descent
import DescentRender
import Foundation

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Join the parts `descent grid --shard i/n` wrote into one grid file.",
        discussion: """
            Give every part NAME.part-I-of-N.csv (or .npy) of one grid, in any order. They are \
            checked (all N parts once, each holding the rows of its shard, together one complete \
            grid in row order) and joined into FILE, the file `descent grid` writes without \
            --shard, bit for bit. FILE appears whole or not at all.

            Example: descent merge parts/two-moons-pca.part-*-of-8.npy -o two-moons-pca.npy
            """)

    @Argument(help: "The parts: files NAME.part-I-of-N.csv or .npy.", completion: .file(extensions: ["csv", "npy"]))
    var parts: [String]

    @Option(name: .shortAndLong, help: "The grid file to write (.csv or .npy, as the parts).", completion: .file(extensions: ["csv", "npy"]))
    var output: String

    @Flag(name: .shortAndLong, help: "Print nothing on success.")
    var quiet = false

    func run() throws {
        let format = try outputFormat()
        var read: [(shard: GridShard, points: [[Double]])] = []
        var files: [Int: String] = [:]
        var base: (name: String, file: String)?
        for path in parts {
            guard let (name, shard, ext) = GridShard.parse(fileName: (path as NSString).lastPathComponent) else {
                fail(path, "is not a part of a grid; `descent grid --shard I/N` names them NAME.part-I-of-N.\(format.rawValue)")
            }
            guard ext == format.rawValue else { fail(path, "is a .\(ext) part; \(output) is .\(format.rawValue)") }
            if let base, base.name != name { fail(path, "is a part of `\(name)`, not of `\(base.name)` as \(base.file) is") }
            base = base ?? (name, path)
            guard let data = FileManager.default.contents(atPath: path) else { fail(path, "cannot be read") }
            do {
                read.append((shard, try format.decode(data)))
            } catch {
                fail(path + (error.line.map { " line \($0)" } ?? ""), error.message)
            }
            files[shard.index] = files[shard.index] ?? path
        }
        let points: [[Double]]
        do {
            points = try GridMerge.join(read)
        } catch {
            // A missing part is named as `descent grid --shard` would have named it.
            let first = (base!.file as NSString).deletingLastPathComponent
            let named = error.part.map { index in
                files[index] ?? (first as NSString).appendingPathComponent(
                    GridShard(index: index, count: read[0].shard.count)!.fileName(base: base!.name, extension: format.rawValue))
            }
            fail(named ?? "merge", error.message)
        }
        let directory = (output as NSString).deletingLastPathComponent
        try OutputDirectory.prepare(directory.isEmpty ? "." : directory)
        let data = format.encode(points)
        do {
            try AtomicFiles.write([(output, data)])
        } catch {
            fail(output, "\(error)")
        }
        if !quiet { print(output) }
    }

    private func outputFormat() throws -> GridFileFormat {
        let ext = (output as NSString).pathExtension.lowercased()
        guard let format = GridFileFormat(rawValue: ext) else {
            throw ValidationError("--output must name a .csv or .npy file, got `\(output)`")
        }
        return format
    }

    /// One line on stderr, exit status 1.
    private func fail(_ subject: String, _ message: String) -> Never {
        Console.error("\(subject): \(message)")
        Foundation.exit(1)
    }
}
