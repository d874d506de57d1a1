import Foundation
import Testing

/// `descent watch` as a user runs it: a process left running while the files change.
@Suite(.serialized) struct WatchCommandTests {
    /// The real binary running in `directory`, its output going to files.
    final class Running {
        let process = Process()
        let out: URL, err: URL

        init(_ arguments: [String], in directory: TemporaryDirectory) throws {
            out = directory.url.appendingPathComponent("watch.out")
            err = directory.url.appendingPathComponent("watch.err")
            try Data().write(to: out)
            try Data().write(to: err)
            process.executableURL = try #require(Executable.executable)
            process.arguments = arguments
            process.currentDirectoryURL = directory.url
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = try FileHandle(forWritingTo: out)
            process.standardError = try FileHandle(forWritingTo: err)
            try process.run()
        }

        deinit { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }

        var stdout: String { (try? String(contentsOf: out, encoding: .utf8)) ?? "" }
        var stderr: String { (try? String(contentsOf: err, encoding: .utf8)) ?? "" }

        /// Waits until `condition` holds (true) or `seconds` pass (false).
        func wait(seconds: Double = 60, until condition: () -> Bool) -> Bool {
            let deadline = Date(timeIntervalSinceNow: seconds)
            while !condition() && Date() < deadline { usleep(20_000) }
            return condition()
        }

        var lines: Int { stdout.split(separator: "\n").count }
    }

    static let scene = """
        surface: {name: quadratic}
        view: {levels: 6}
        start: [-1.5, 1]
        steps: 20
        runs:
          - optimizer: sgd
            lr: 0.1
        output: {name: bowl, size: [240, 180], formats: [png, svg]}

        """

    /// Replaces `path` as editors save: a new file renamed over the old one.
    static func save(_ text: String, to path: URL) throws {
        try text.write(to: path, atomically: true, encoding: .utf8)
    }

    @Test func rendersOnEverySaveKeepsTheLastGoodFilesAndStopsOnCtrlC() throws {
        let directory = try TemporaryDirectory()
        let scene = URL(fileURLWithPath: try directory.write("s.yaml", Data(Self.scene.utf8)))
        let watch = try Running(["watch", "s.yaml", "--output", "out"], in: directory)
        #expect(watch.wait { watch.lines == 1 }, "no first render: \(watch.stderr)")
        let line = watch.stdout.split(separator: "\n")[0]
        let first = try Data(contentsOf: directory.url.appendingPathComponent("out/bowl.svg"))
        #expect(line.wholeMatch(of: /\d\d:\d\d:\d\d out\/bowl\.png, out\/bowl\.svg \(\d+ ms\)/) != nil, "\(line)")

        try Self.save(Self.scene.replacingOccurrences(of: "lr: 0.1", with: "lr: 0.4"), to: scene)
        #expect(watch.wait { watch.lines == 2 }, "no render after a save")
        let good = try Data(contentsOf: directory.url.appendingPathComponent("out/bowl.svg"))
        #expect(good != first)

        try Self.save(Self.scene.replacingOccurrences(of: "lr: 0.1", with: "lr: -1"), to: scene)
        #expect(watch.wait { watch.stderr.contains("\n") })
        #expect(watch.stderr == "descent: s.yaml:7: runs[0].lr: must be > 0, got -1\n")
        #expect(try Data(contentsOf: directory.url.appendingPathComponent("out/bowl.svg")) == good)

        // A save written in pieces renders once, when it is whole.
        let handle = try FileHandle(forWritingTo: scene)
        try handle.truncate(atOffset: 0)
        let text = Data(Self.scene.replacingOccurrences(of: "steps: 20", with: "steps: 30").utf8)
        try handle.write(contentsOf: text.prefix(40))
        usleep(15_000)
        try handle.write(contentsOf: text.dropFirst(40))
        try handle.close()
        #expect(watch.wait { watch.lines == 3 })
        usleep(500_000)
        #expect(watch.lines == 3 && watch.stderr.split(separator: "\n").count == 1, "\(watch.stdout)\(watch.stderr)")

        kill(watch.process.processIdentifier, SIGINT)
        #expect(watch.wait(seconds: 10) { !watch.process.isRunning })
        #expect(watch.process.terminationReason == .exit && watch.process.terminationStatus == 0)
        #expect(directory.contents().filter { $0.contains(".partial-") } == [])
    }

    @Test func aDataFileTheSceneNamesIsWatchedToo() throws {
        let directory = try TemporaryDirectory()
        func grid(_ scale: Double) -> Data {
            var rows = "x,y,loss\n"
            for x in [-1.0, 0, 1] { for y in [-1.0, 0, 1] { rows += "\(x),\(y),\(scale * (x * x + 2 * y * y))\n" } }
            return Data(rows.utf8)
        }
        try directory.write("g.csv", grid(1))
        try directory.write("s.yaml", Data("""
            surface: {grid: g.csv}
            start: [0.8, 0.8]
            steps: 10
            runs: [{optimizer: sgd, lr: 0.1}]
            output: {name: g, size: [200, 160], formats: [svg]}

            """.utf8))
        let watch = try Running(["watch", "s.yaml", "-o", "out", "--poll"], in: directory)
        #expect(watch.wait { watch.lines == 1 }, "\(watch.stderr)")
        let first = try Data(contentsOf: directory.url.appendingPathComponent("out/g.svg"))
        try grid(3).write(to: directory.url.appendingPathComponent("g.csv"))
        #expect(watch.wait { watch.lines == 2 }, "\(watch.stderr)")
        #expect(try Data(contentsOf: directory.url.appendingPathComponent("out/g.svg")) != first)
        kill(watch.process.processIdentifier, SIGINT)
        #expect(watch.wait(seconds: 10) { !watch.process.isRunning })
    }
}

/// `descent serve` refuses what it cannot serve, one line per problem, before printing a URL.
struct ServeCommandTests {
    @Test func aPortInUseAndABadSceneAreRefusedBeforeServing() throws {
        let directory = try TemporaryDirectory()
        try directory.write("s.yaml", Data(WatchCommandTests.scene.utf8))
        let taken = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(taken) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(taken, $0, length) == 0 && listen(taken, 1) == 0 && getsockname(taken, $0, &length) == 0 }
        }
        try #require(bound)
        let port = Int(UInt16(bigEndian: address.sin_port))
        let busy = try Executable.run(["serve", "s.yaml", "--port", "\(port)"], in: directory.url, killAfter: 60)
        #expect(busy.exited && busy.status == 1 && busy.stdout == "")
        #expect(busy.stderr == "descent: port \(port) is in use; give another with --port (0 picks a free one)\n")

        try directory.write("bad.yaml", Data("runs: []\n".utf8))
        let bad = try Executable.run(["serve", "bad.yaml", "--port", "0"], in: directory.url, killAfter: 60)
        #expect(bad.exited && bad.status == 1 && bad.stdout == "" && !bad.stderr.isEmpty)
        #expect(bad.stderr.split(separator: "\n").allSatisfy { $0.hasPrefix("descent: bad.yaml") }, "\(bad.stderr)")
    }
}
