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
        print("pass  seconds  files  VmRSS MB  VmHWM MB")
        var resident: [Int] = []
        for pass in 1...passes {
            let start = ContinuousClock.now
            let files = try renderAll(paths, into: directory)
            let seconds = (ContinuousClock.now - start) / .seconds(1)
            let memory = ProcessMemory.current()
            resident.append(memory?.residentKB ?? 0)
            print(String(format: "%4d  %7.2f  %5d  %8.1f  %8.1f", pass, seconds, files,
                         Double(memory?.residentKB ?? 0) / 1024, Double(memory?.peakKB ?? 0) / 1024))
        }
        if let summary = Self.growth(resident) { print(summary) }
    }

    /// Loads and writes every scene once; returns how many files were written.
    private func renderAll(_ paths: [String], into directory: String) throws -> Int {
        var files = 0
        for path in paths {
            do {
                let scene = try SceneLoader.load(path: path)
                files += try SceneRenderer.render(scene, to: directory).count
                if animate, scene.animation != nil {
                    let written = try SceneAnimator.animate(scene, to: directory).written
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

    /// Resident memory after the second pass against after the last: the first pass loads
    /// fonts and libraries and grows the heap once; a leak keeps growing after it.
    static func growth(_ residentKB: [Int]) -> String? {
        guard residentKB.count >= 3, let last = residentKB.last else { return nil }
        let change = last - residentKB[1]
        let perPass = Double(change) / Double(residentKB.count - 2)
        return String(format: "VmRSS after pass 2: %.1f MB, after pass %d: %.1f MB (%+.1f MB, %+.0f KB per pass)",
                      Double(residentKB[1]) / 1024, residentKB.count, Double(last) / 1024, Double(change) / 1024, perPass)
    }
}
