import Foundation
import Testing

/// `kill -9` while descent writes: no file under its real name is ever partial, an existing
/// file is kept whole, and the temporary files the killed run left are removed by the next
/// run that writes into the same directory.
struct KillDuringWriteTests {
    /// A figure whose three formats take a second or more to write in a debug build.
    static let figure = """
        surface: {name: rosenbrock}
        view: {style: heatmap}
        runs: [{optimizer: adam, lr: 0.05}]
        output: {name: big, size: [3000, 3000], formats: [png, svg, pdf]}
        """
    /// An animation whose GIF and frames are written while its 400 frames are drawn.
    static let animation = """
        surface: {name: himmelblau}
        runs: [{optimizer: adam, lr: 0.05, start: [0, 0], steps: 400}]
        animation: {frames: 400, size: [640, 480], formats: [gif, frames]}
        output: {name: anim}
        """
    static let small = """
        surface: {name: booth}
        runs: [{optimizer: sgd, lr: 0.01, steps: 10}]
        output: {name: small, size: [200, 150], formats: [png]}
        """
    static let old = Data("the figure of an earlier run\n".utf8)

    @Test(arguments: [("render", figure, "big.png", ["big.svg", "big.pdf"]),
                      ("animate", animation, "anim.gif", ["anim-0000.png"])])
    func killedMidWriteLeavesOldFilesWholeAndNoPartialOnes(_ command: String, _ scene: String, _ existing: String,
                                                           _ absent: [String]) throws {
        let dir = try TemporaryDirectory()
        let scenePath = try dir.write("scene.yaml", Data(scene.utf8))
        let output = dir.url.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Self.old.write(to: output.appendingPathComponent(existing))

        let process = Process()
        process.executableURL = try #require(Executable.executable)
        process.arguments = [command, scenePath, "--output", output.path, "--quiet"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Kill it as soon as a temporary file holds some bytes: the middle of a write.
        var partial: String?
        while process.isRunning, partial == nil {
            partial = Self.temporaryFiles(in: output.path).first { name in
                ((try? FileManager.default.attributesOfItem(atPath: output.appendingPathComponent(name).path))?[.size] as? Int ?? 0) > 0
            }
            if partial == nil { usleep(1000) }
        }
        try #require(partial != nil, "descent finished before it could be killed; give it more to write")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)

        #expect(try Data(contentsOf: output.appendingPathComponent(existing)) == Self.old, "\(existing) was not kept whole")
        let names = try FileManager.default.contentsOfDirectory(atPath: output.path)
        for name in absent { #expect(!names.contains(name), "\(name) appeared under its real name") }
        #expect(names.filter { !$0.hasPrefix(".") } == [existing])
        let stale = Self.temporaryFiles(in: output.path)
        #expect(stale.allSatisfy { $0.hasSuffix("-\(process.processIdentifier)") })
        #expect(!stale.isEmpty)

        // The next run writing into the directory removes the dead run's temporary files.
        let next = try Executable.run(["render", try dir.write("small.yaml", Data(Self.small.utf8)), "--output", output.path, "--quiet"])
        #expect(next.status == 0 && next.stderr == "")
        #expect(Self.temporaryFiles(in: output.path) == [])
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).sorted() == [existing, "small.png"])
        #expect(try Data(contentsOf: output.appendingPathComponent(existing)) == Self.old)
    }

    /// Temporary files descent names `.NAME.partial-HOST-PID`.
    static func temporaryFiles(in directory: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter {
            $0.hasPrefix(".") && $0.contains(".partial-")
        }
    }
}
