import Descent
import DescentRender
import DescentScene
import Foundation
import Synchronization

/// `descent watch`: renders a scene, then again after every save of the scene file or of a
/// data file it names, one line per render; a bad edit prints its one-line error and the last
/// good outputs stay. Runs until `stop` says so.
public struct SceneWatch {
    /// The scene file.
    public let path: String
    /// Where outputs are written.
    public let output: String
    /// How saves are noticed.
    public let method: FileWatcher.Method
    /// How a burst of writes is waited out.
    public let debouncer: Debouncer

    /// A watch of `path` writing into `output`.
    public init(path: String, output: String, method: FileWatcher.Method = .preferred, debouncer: Debouncer = Debouncer()) {
        self.path = path
        self.output = output
        self.method = method
        self.debouncer = debouncer
    }

    /// Renders now and after every save until `stop()` is true (checked at least every 0.1 s
    /// while waiting, and after each render). `report` gets a line per render: the time of day,
    /// the files written and how long it took; or the one-line error, flagged as one.
    public func run(report: (_ line: String, _ isError: Bool) -> Void, stop: () -> Bool) throws {
        let watcher = try FileWatcher(method: method)
        var previous: SceneVersion?
        // Watched before each read, so a save during a render is noticed.
        var watched = [path]
        watcher.watch(watched)
        while !stop() {
            let started = ContinuousClock.now
            do {
                let version = try SceneVersion(path: path, previous: previous)
                if [path] + version.dataFiles != watched {
                    watched = [path] + version.dataFiles
                    watcher.watch(watched)
                }
                let files = try SceneRenderer.render(version.resolved, to: output)
                previous = version
                report("\(Self.clock()) \(files.joined(separator: ", ")) (\(Self.milliseconds(since: started)) ms)", false)
            } catch {
                report(error is SceneError ? "\(error)" : "\(path): \(error)", true)
            }
            while !stop() && !debouncer.waitForSave(from: watcher, timeout: 0.1, now: Self.seconds) {}
        }
    }

    /// The time of day, `14:03:07`.
    static func clock() -> String {
        var now = time(nil), parts = tm()
        localtime_r(&now, &parts)
        return String(format: "%02d:%02d:%02d", parts.tm_hour, parts.tm_min, parts.tm_sec)
    }

    static func milliseconds(since start: ContinuousClock.Instant) -> Int {
        let elapsed = ContinuousClock.now - start
        return Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
    }

    static func seconds() -> Double {
        let now = ContinuousClock.now - start
        return Double(now.components.seconds) + Double(now.components.attoseconds) * 1e-18
    }

    private static let start = ContinuousClock.now
}
