import ArgumentParser
import Descent
import DescentRender
import Foundation

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render scenes to PNG, SVG and PDF, as each scene's `output.formats` asks.",
        discussion: """
            Every scene is checked before anything is written; files appear whole or not at all.

            Example: descent render scenes/*.yaml --output renders
            """)

    @Argument(help: "Scene files (YAML).", completion: .file(extensions: ["yaml", "yml"]))
    var scenes: [String]

    @Option(name: .shortAndLong, help: "Directory to write into (created if missing).", completion: .directory)
    var output = "renders"

    @Flag(name: .shortAndLong, help: "Print nothing on success.")
    var quiet = false

    func run() throws {
        let loaded = try SceneFiles.load(scenes)
        try OutputDirectory.prepare(output)
        for (path, scene) in zip(scenes, loaded) {
            do {
                let bar = quiet ? nil : ProgressBar.onTerminal()
                defer { bar?.finish() }
                let files = try SceneRenderer.render(ResolvedScene(scene, progress: bar?.resolveProgress), to: output)
                bar?.finish()
                for file in files where !quiet { print(file) }
            } catch {
                Console.error("\(path): \(error)")
                throw ExitCode.failure
            }
        }
    }
}

/// The output directory: created when missing, and checked to be a writable directory.
enum OutputDirectory {
    static func prepare(_ path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                Console.error("\(path): not a directory")
                throw ExitCode.failure
            }
        } else {
            do {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            } catch {
                Console.error("\(path): cannot create the output directory")
                throw ExitCode.failure
            }
        }
        guard access(path, W_OK) == 0 else {
            Console.error("\(path): the output directory is not writable")
            throw ExitCode.failure
        }
    }
}
