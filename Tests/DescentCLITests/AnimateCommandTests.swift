import Foundation
import Testing

/// `descent animate`: what it writes, what it says, and what it refuses.
struct AnimateCommandTests {
    static func scene(formats: String) -> String {
        """
        surface:
          name: booth
        steps: 20
        runs:
          - optimizer: sgd
            lr: 0.01
        output:
          name: booth
        animation:
          frames: 6
          size: [160, 120]
          formats: [\(formats)]
        """
    }

    @Test func writesWhatTheSceneAsksAndPrintsIt() throws {
        let scenes = try TemporaryDirectory()
        let path = try scenes.write("booth.yaml", Data(Self.scene(formats: "gif, frames").utf8))
        let output = try TemporaryDirectory()
        let result = try Executable.run(["animate", path, "--output", output.path])
        #expect(result.exited && result.status == 0)
        #expect(result.stderr == "", "no progress bar when stderr is not a terminal")
        #expect(result.stdout == "\(output.path)/booth.gif\n\(output.path)/booth-0000.png … \(output.path)/booth-0005.png (6 frames)\n")
        #expect(output.contents() == ["booth-0000.png", "booth-0001.png", "booth-0002.png", "booth-0003.png",
                                      "booth-0004.png", "booth-0005.png", "booth.gif"])
    }

    @Test func withoutFFmpegTheOtherFormatsAreWrittenAndItSaysHowToGetIt() throws {
        let scenes = try TemporaryDirectory()
        let path = try scenes.write("booth.yaml", Data(Self.scene(formats: "mp4, gif").utf8))
        let output = try TemporaryDirectory()
        let result = try Executable.run(["animate", path, "--output", output.path, "--quiet"],
                                        environment: ["PATH": scenes.path])
        #expect(result.exited && result.status == 0)
        #expect(result.stderr == "descent: warning: booth.mp4 needs ffmpeg, which is not on PATH; install it with "
                + "`sudo apt-get install ffmpeg` (Debian, Ubuntu) or `brew install ffmpeg` (macOS)\n")
        #expect(output.contents() == ["booth.gif"])
    }

    @Test func onlyMP4WithoutFFmpegIsAnError() throws {
        let scenes = try TemporaryDirectory()
        let path = try scenes.write("booth.yaml", Data(Self.scene(formats: "mp4").utf8))
        let output = try TemporaryDirectory()
        let result = try Executable.run(["animate", path, "--output", output.path], environment: ["PATH": scenes.path])
        #expect(result.exited && result.status == 1)
        #expect(result.stderr.hasPrefix("descent: \(path): booth.mp4 needs ffmpeg, which is not on PATH; install it"))
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(output.contents() == [])
    }

    @Test func anUnwritableOutputDirectoryIsOneLineAndNoFile() throws {
        let scenes = try TemporaryDirectory()
        let path = try scenes.write("booth.yaml", Data(Self.scene(formats: "gif").utf8))
        let file = try scenes.write("plain-file", Data("keep\n".utf8))
        let result = try Executable.run(["animate", path, "--output", file + "/renders"])
        #expect(result.exited && result.status == 1)
        #expect(result.stderr == "descent: \(file)/renders: cannot create the output directory\n")
        #expect(result.stdout == "")
        #expect(scenes.contents() == ["booth.yaml", "plain-file"])
    }

    @Test(arguments: BadSceneCorpusTests.corpus.filter { $0.file.hasPrefix("animation-") })
    func animateRefusesTheCorpusWithTheSameLine(_ c: BadSceneCorpusTests.Case) throws {
        let output = try TemporaryDirectory()
        let result = try Executable.run(["animate", "BadScenes/\(c.file)", "--output", output.path],
                                        in: Executable.testsDirectory)
        #expect(result.exited && result.status == 1)
        #expect(result.stderr == c.expected + "\n")
        #expect(result.stdout == "")
        #expect(output.contents() == [])
    }

    @Test func withFFmpegAnMP4IsWritten() throws {
        guard let ffmpeg = ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":")
            .map({ "\($0)/ffmpeg" }).first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return }
        let scenes = try TemporaryDirectory()
        let path = try scenes.write("booth.yaml", Data(Self.scene(formats: "mp4").utf8))
        let output = try TemporaryDirectory()
        let result = try Executable.run(["animate", path, "--output", output.path, "--quiet"])
        #expect(result.exited && result.status == 0, "\(ffmpeg): \(result.stderr)")
        #expect(output.contents() == ["booth.mp4"])
        let mp4 = try Data(contentsOf: output.url.appendingPathComponent("booth.mp4"))
        #expect(mp4.count > 500 && String(decoding: mp4[4..<8], as: UTF8.self) == "ftyp")
    }
}
