import Foundation
import Testing

/// What one run of the `descent` executable did.
struct ProcessResult {
    let status: Int32
    /// True when the process ended by exiting, false when a signal ended it.
    let exited: Bool
    let stdout: String
    let stderr: String
}

/// Runs the real `descent` executable, the one `swift build` put next to this test bundle.
enum Executable {
    /// The package root, from this file's path (Tests/DescentCLITests/Executable.swift).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Tests/DescentCLITests: the working directory for corpus runs, so paths read `BadScenes/x.yaml`.
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    /// The `descent` executable in the build products directory that holds the running tests
    /// (`.build/<triple>/debug`), falling back to `.build/debug` under the package root.
    static let executable: URL? = {
        var directories: [URL] = []
        if let url = Bundle.main.executableURL { directories.append(url.deletingLastPathComponent()) }
        directories.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            directories.append(bundle.bundleURL.deletingLastPathComponent())
        }
        directories.append(packageRoot.appendingPathComponent(".build/debug"))
        return directories.lazy.map { $0.appendingPathComponent("descent") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// Runs `descent arguments` in `directory` (the package root by default), with `environment`
    /// when given. Output goes to files, not pipes, so a large output cannot block the child.
    /// With `killAfter`, a process still running after that many seconds is killed (its
    /// result then says it did not exit).
    static func run(_ arguments: [String], in directory: URL = packageRoot,
                    environment: [String: String]? = nil, killAfter: Double? = nil) throws -> ProcessResult {
        let binary = try #require(executable, "no `descent` executable next to the tests; run `swift build` first")
        let scratch = try TemporaryDirectory()
        let outURL = scratch.url.appendingPathComponent("stdout")
        let errURL = scratch.url.appendingPathComponent("stderr")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        defer { try? out.close(); try? err.close() }

        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        if let environment { process.environment = environment }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        if let killAfter {
            let deadline = Date(timeIntervalSinceNow: killAfter)
            while process.isRunning && Date() < deadline { usleep(20_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
        process.waitUntilExit()
        return ProcessResult(
            status: process.terminationStatus, exited: process.terminationReason == .exit,
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }
}

/// A fresh, empty directory under the system's temporary directory, removed on deinit.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("descent-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    var path: String { url.path }

    /// Everything inside, recursively, as paths relative to the directory, sorted.
    func contents() -> [String] {
        (FileManager.default.subpaths(atPath: url.path) ?? []).sorted()
    }

    /// Writes `data` to `name` inside the directory and returns its path.
    @discardableResult
    func write(_ name: String, _ data: Data) throws -> String {
        let file = url.appendingPathComponent(name)
        try data.write(to: file)
        return file.path
    }
}
