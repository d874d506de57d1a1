import ArgumentParser
import DescentLiveOptions
import DescentServe
import Dispatch
import Foundation
import Synchronization

/// `descent-live`: the work of `descent watch` and `descent serve`, which run this program with
/// their arguments once they have checked them.
@main
struct LiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "descent",
        abstract: "The live preview of descent: run as `descent watch` or `descent serve`.",
        subcommands: [Watch.self, Serve.self])

    struct Watch: ParsableCommand {
        static let configuration = LiveHelp.watch

        @OptionGroup var options: WatchOptions

        func run() throws {
            Interrupt.catchFirst()
            let watch = SceneWatch(path: options.scene, output: options.output, method: options.poll ? .polling : .preferred)
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

    struct Serve: ParsableCommand {
        static let configuration = LiveHelp.serve

        @OptionGroup var options: ServeOptions

        func run() throws {
            let session = try LiveSession(path: options.scene, method: options.poll ? .polling : .preferred)
            try session.start()
            Interrupt.catchFirst()
            let done = DispatchSemaphore(value: 0)
            let failure = Mutex<String?>(nil)
            let (host, port, open) = (options.host, options.port, options.open)
            Task {
                do {
                    try await LiveServer.run(session, host: host, port: port, running: { url in
                        FileHandle.standardOutput.write(Data("serving \(url)\n".utf8))
                        if open { Browser.open(url) }
                    }, stop: Interrupt.requested)
                } catch {
                    failure.withLock { $0 = ServeFailure.describe(error, host: host, port: port) }
                    session.stop()
                }
                done.signal()
            }
            done.wait()
            if let message = failure.withLock({ $0 }) {
                Console.error(message)
                throw ExitCode.failure
            }
        }
    }
}

/// Standard error output, as `descent` writes it.
enum Console {
    static func error(_ line: String) {
        FileHandle.standardError.write(Data(("descent: " + line + "\n").utf8))
    }
}
