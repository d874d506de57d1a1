import ArgumentParser
import DescentServe
import Foundation
import Synchronization

struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Render a scene, then again every time it (or a data file it names) is saved.",
        discussion: """
            Prints one line per render: the time, the files written and how long it took. A bad \
            edit prints its one-line error and the last good files stay; the watch goes on. \
            Ctrl-C stops it (after the render under way, so no file is left half written).

            Example: descent watch scenes/rosenbrock-six.yaml --output renders
            """)

    @Argument(help: "Scene file (YAML).", completion: .file(extensions: ["yaml", "yml"]))
    var scene: String

    @Option(name: .shortAndLong, help: "Directory to write into (created if missing).", completion: .directory)
    var output = "renders"

    @Flag(help: "Look at the files every 0.1 s instead of asking the kernel (inotify) to say when they change.")
    var poll = false

    func run() throws {
        try OutputDirectory.prepare(output)
        Interrupt.catchFirst()
        let watch = SceneWatch(path: scene, output: output, method: poll ? .polling : .preferred)
        do {
            try watch.run(report: { line, isError in
                // Written at once, not buffered: a watch's output is read while it runs.
                if isError { Console.error(line) } else { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }
            }, stop: Interrupt.requested)
        } catch {
            Console.error("\(error)")
            throw ExitCode.failure
        }
    }
}

/// Ctrl-C for commands that run until stopped: the first one asks the command to stop when
/// its work in hand is done; a second one ends the process at once.
enum Interrupt {
    private static let count = Atomic<Int>(0)

    /// Installs the handler for SIGINT and SIGTERM, and unblocks them (a parent may have
    /// started this process with them blocked).
    static func catchFirst() {
        var signals = sigset_t()
        sigemptyset(&signals)
        for signal in [SIGINT, SIGTERM] {
            sigaddset(&signals, signal)
            Glibc.signal(signal) { number in
                if Interrupt.count.add(1, ordering: .relaxed).newValue > 1 { _exit(128 + number) }
            }
        }
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
    }

    /// True once a stop was asked for.
    static func requested() -> Bool { count.load(ordering: .relaxed) > 0 }
}
