import ArgumentParser
import Descent
import DescentRender
import DescentScene
import Foundation

/// Renders every scene many times in one process and prints the resident memory after each
/// pass, so a leak shows as memory that grows pass after pass (issue 7, "Soak").
@main
struct SoakCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "descent-soak",
        abstract: "Render scenes N times in one process through the library; print time and memory per pass.",
        discussion: """
            Each pass loads every scene (SceneLoader) and writes all its formats (SceneRenderer) into
            a temporary directory, removed at the end. Memory is VmRSS and VmHWM of /proc/self/status.
            Example: descent-soak --passes 20 scenes/*.yaml
            """)

    @Argument(help: "Scene files (YAML); default: scenes/*.yaml.", completion: .file(extensions: ["yaml", "yml"]))
    var scenes: [String] = []

    @Option(name: .shortAndLong, help: "How many times to render every scene.")
    var passes = 20

    @Flag(help: "Also animate the scenes that have an `animation:` block, each pass.")
    var animate = false

    func validate() throws {
        guard passes >= 1 else { throw ValidationError("--passes must be at least 1") }
    }

    func run() throws {
        let paths = try scenes.isEmpty ? Self.sceneDirectory("scenes") : scenes
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("descent-soak-\(ProcessInfo.processInfo.processIdentifier)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }

        print("\(paths.count) scenes, \(passes) passes\(animate ? ", with animations" : ""), into \(directory)")
        print("pass  seconds  files  VmRSS MB  VmHWM MB  heap KB")
        var memories: [ProcessMemory] = []
        for pass in 1...passes {
            let start = ContinuousClock.now
            let files = try renderAll(paths, into: directory)
            let seconds = (ContinuousClock.now - start) / .seconds(1)
            let memory = ProcessMemory.current() ?? ProcessMemory(residentKB: 0, peakKB: 0)
            memories.append(memory)
            print(String(format: "%4d  %7.2f  %5d  %8.1f  %8.1f  %7d", pass, seconds, files,
                         megabytes(memory.residentKB), megabytes(memory.peakKB), memory.heapKB))
        }
        for line in Self.summary(memories) { print(line) }
    }

    /// Loads and writes every scene once, training every network anew (a cache of its own
    /// per pass, so each pass does the whole work); returns how many files were written.
    private func renderAll(_ paths: [String], into directory: String) throws -> Int {
        var files = 0
        let cache = TrainingCache()
        for path in paths {
            do {
                let scene = try SceneLoader.load(path: path)
                let resolved = ResolvedScene(scene, cache: cache)
                files += try SceneRenderer.render(resolved, to: directory).count
                if animate, scene.animation != nil {
                    let written = try SceneAnimator.animate(resolved, to: directory).written
                    files += written.files.count + written.frames.count
                }
            } catch {
                throw ValidationError("\(path): \(error)")
            }
        }
        return files
    }

    /// The `.yaml` files directly in `directory`, sorted.
    static func sceneDirectory(_ directory: String) throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory)
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { "\(directory)/\($0)" }
    }

    /// How memory changed after the second pass (the first loads fonts and libraries and grows
    /// the heap once): the range of VmRSS and heap, and their change over the second half of
    /// the passes, where a leak keeps growing and a bounded heap does not.
    static func summary(_ memories: [ProcessMemory]) -> [String] {
        guard memories.count >= 4 else { return [] }
        let settled = memories.dropFirst()
        let middle = memories[memories.count / 2 - 1]
        let last = memories[memories.count - 1]
        func line(_ name: String, _ value: (ProcessMemory) -> Int) -> String {
            let values = settled.map(value)
            return name + String(format: " passes 2-%d: %.1f to %.1f MB; pass %d to %d: %+.2f MB", memories.count,
                          megabytes(values.min()!), megabytes(values.max()!), memories.count / 2, memories.count,
                          megabytes(value(last) - value(middle)))
        }
        return [line("VmRSS", \.residentKB), line("heap", \.heapKB)]
    }
}

/// Kilobytes in megabytes (MiB).
private func megabytes(_ kilobytes: Int) -> Double { Double(kilobytes) / 1024 }
