import ArgumentParser
import DescentServe
import Dispatch
import Foundation
import Synchronization

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Explore a scene in the browser: sliders for every run, the page following the file.",
        discussion: """
            Serves a page with the figure and controls made from the scene (learning rates, \
            momentum, betas, noise, steps, sweep values, start points, a toggle per run), \
            redrawn as they move; saving the scene in an editor updates the page. Listens on \
            127.0.0.1 only unless --host says otherwise. See README, "Live preview", for the \
            HTTP API. Ctrl-C stops it.

            Example: descent serve scenes/lr-too-large.yaml --port 8080 --open
            """)

    @Argument(help: "Scene file (YAML).", completion: .file(extensions: ["yaml", "yml"]))
    var scene: String

    @Option(name: .shortAndLong, help: "Port to listen on; 0 picks a free one.")
    var port = 8080

    @Option(help: "Address to listen on. Anything but loopback lets other machines read the scene and save over it.")
    var host = "127.0.0.1"

    @Flag(help: "Open the page in the default browser (xdg-open).")
    var open = false

    @Flag(help: "Look at the files every 0.1 s instead of asking the kernel (inotify) to say when they change.")
    var poll = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0 to 65535, got \(port)") }
    }

    func run() throws {
        _ = try SceneFiles.load([scene])
        let session = try LiveSession(path: scene, method: poll ? .polling : .preferred)
        try session.start()
        Interrupt.catchFirst()
        let done = DispatchSemaphore(value: 0)
        let failure = Mutex<String?>(nil)
        let (host, port, open) = (host, port, open)
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

/// A server that could not start, in one line.
enum ServeFailure {
    static func describe(_ error: any Error, host: String, port: Int) -> String {
        let text = "\(error)"
        if text.contains("Address already in use") { return "port \(port) is in use; give another with --port (0 picks a free one)" }
        if text.contains("Cannot assign requested address") || text.contains("resolve") || text.contains("Name or service") {
            return "cannot listen on \(host): not an address of this machine"
        }
        return "cannot serve on \(host):\(port): \(text)"
    }
}

/// The desktop's browser.
enum Browser {
    static func open(_ url: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xdg-open", url]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        if (try? process.run()) == nil { Console.error("cannot open a browser (xdg-open); open \(url)") }
    }
}
