import ArgumentParser
import Descent
import DescentRender
import Foundation

struct AnimateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "animate",
        abstract: "Animate scenes: GIF, WebP, MP4 and PNG frames, as each scene's `animation` block asks.",
        discussion: """
            Frame k shows every run up to its step for that frame. Without an `animation` block a \
            scene gets 120 frames at 24 fps as a GIF. MP4 needs ffmpeg on PATH. \
            Every scene is checked before anything is written; files appear whole or not at all.

            Example: descent animate scenes/local-minimum-trap.yaml --output renders
            """)

    @Argument(help: "Scene files (YAML).", completion: .file(extensions: ["yaml", "yml"]))
    var scenes: [String]

    @Option(name: .shortAndLong, help: "Directory to write into (created if missing).", completion: .directory)
    var output = "renders"

    @Flag(name: .shortAndLong, help: "Print nothing on success, and no progress bar.")
    var quiet = false

    func run() throws {
        let loaded = try SceneFiles.load(scenes)
        try OutputDirectory.prepare(output)
        for (path, scene) in zip(scenes, loaded) {
            let bar = quiet ? nil : ProgressBar.onTerminal()
            do {
                let resolved = ResolvedScene(scene, progress: bar?.resolveProgress)
                let result = try SceneAnimator.animate(resolved, to: output) { done, total in
                    bar?.update(scene.output.name, done, total)
                }
                bar?.finish()
                for line in result.skipped { Console.error("warning: \(line)") }
                guard !quiet else { continue }
                for file in result.written.files { print(file) }
                if let first = result.written.frames.first, let last = result.written.frames.last {
                    print("\(first) … \(last) (\(result.written.frames.count) frames)")
                }
            } catch {
                bar?.finish()
                Console.error("\(path): \(error)")
                throw ExitCode.failure
            }
        }
    }
}
