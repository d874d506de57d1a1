import ArgumentParser
import DescentLiveOptions
import Foundation

struct WatchCommand: ParsableCommand {
    static let configuration = LiveHelp.watch

    @OptionGroup var options: WatchOptions

    func run() throws {
        try OutputDirectory.prepare(options.output)
        try LiveExecutable.run()
    }
}

struct ServeCommand: ParsableCommand {
    static let configuration = LiveHelp.serve

    @OptionGroup var options: ServeOptions

    func run() throws {
        _ = try SceneFiles.load([options.scene])
        try LiveExecutable.run()
    }
}

/// `descent-live`, the program beside this one that watches and serves: this process becomes
/// it (same process id, same terminal), with the same arguments. It is a program of its own so
/// that the HTTP server and its libraries are not loaded by every other command's start.
enum LiveExecutable {
    static func run() throws {
        let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let path = ((me as NSString).deletingLastPathComponent as NSString).appendingPathComponent("descent-live")
        let arguments = [path] + CommandLine.arguments.dropFirst()
        var argv = arguments.map { strdup($0) } + [nil]
        execv(path, &argv)
        Console.error("cannot run \(path): \(String(cString: strerror(errno))); build it with `swift build --product descent-live`")
        throw ExitCode.failure
    }
}
