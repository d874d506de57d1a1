import Foundation

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
