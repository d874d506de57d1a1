import Descent
import DescentRender
import DescentScene
import Foundation
import Synchronization

/// The state of `descent serve`: the scene file's last good version, the figure on screen
/// (the file's, or one drawn with overrides), and the work that changes them, all drawn on
/// one `RenderWorker`. Every figure, download and frame goes through the version's
/// `ResolvedScene` and the library's writers; a version made by overrides of the runs shares
/// its file version's landscapes. The file is watched; each render and each error is
/// published to the pages as an event.
public final class LiveSession: Sendable {
    /// The scene file, as given.
    public let path: String
    /// The render thread.
    public let worker = RenderWorker()
    /// Events to the open pages.
    public let events = EventHub()
    private let scratch: String
    private let state = Mutex(State())
    private let debouncer: Debouncer
    private let method: FileWatcher.Method

    /// The figure on screen: drawn from `version`, the file's version or one with `overrides`.
    struct Shown: Sendable {
        let version: SceneVersion
        let overrides: [SceneOverride]
        let figure: LiveFigure
        let info: RenderInfo
    }

    private struct State: Sendable {
        var file: SceneVersion?
        var fileError: String?
        var shown: Shown?
        var renders = 0
        var frames: (render: Int, frames: AnimationFrames)?
        var stopped = false
    }

    /// What a request to draw got.
    public enum Outcome: Sendable {
        /// The new figure as PNG, and its `RenderInfo` as JSON.
        case figure(png: Data, info: String)
        /// The request's one-line error; the figure on screen stays.
        case refused(String)
        /// A newer request replaced this one before it was drawn.
        case superseded
    }

    /// A session for the scene file at `path`; `start()` reads it and begins watching.
    public init(path: String, method: FileWatcher.Method = .preferred, debouncer: Debouncer = Debouncer()) throws {
        self.path = path
        self.method = method
        self.debouncer = debouncer
        var template = Array((FileManager.default.temporaryDirectory.path + "/descent-serve-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw WatchError("cannot make a scratch folder: \(String(cString: strerror(errno)))") }
        scratch = String(cString: made)
    }

    /// Reads and draws the file (on the render thread), then watches it and its data files.
    public func start() throws {
        let watcher = try FileWatcher(method: method)
        watcher.watch([path])
        worker.post(.file) { self.reload() }
        let thread = Thread { [self] in
            var watched = [path]
            while !state.withLock({ $0.stopped }) {
                let now = [path] + (state.withLock { $0.file?.dataFiles } ?? [])
                if now != watched { watcher.watch(now); watched = now }
                if debouncer.waitForSave(from: watcher, timeout: 0.2, now: SceneWatch.seconds) {
                    worker.post(.file) { self.reload() }
                }
            }
        }
        thread.name = "descent-watch"
        thread.start()
    }

    /// Stops watching and drawing, ends the pages' event streams, removes the scratch folder.
    public func stop() {
        state.withLock { $0.stopped = true }
        worker.stop()
        events.finish()
        try? FileManager.default.removeItem(atPath: scratch)
    }

    // MARK: Reading

    /// The figure on screen and its `RenderInfo` JSON, or the file's error when there has been
    /// no good version yet.
    public var figure: Result<(png: Data, info: String), WatchError> {
        state.withLock { state in
            if let shown = state.shown { return .success((shown.figure.png, Self.json(shown.info))) }
            return .failure(WatchError(state.fileError ?? "the scene is still being drawn"))
        }
    }

    /// The scene file's text as last read.
    public var sceneText: String? { state.withLock { $0.file?.text } }

    /// The page's controls for the file's version as JSON, with the figure on screen's render
    /// id, overrides and info, and the file's last error (or null).
    public var controls: String? {
        state.withLock { state -> String? in
            guard let file = state.file, let shown = state.shown else { return nil }
            let page = PageState(controls: LiveControls(scene: file.scene, text: file.text), info: shown.info,
                                 overrides: Dictionary(shown.overrides.map { ($0.path.description, $0.value) }) { a, _ in a },
                                 error: state.fileError)
            return Self.json(page)
        }
    }

    private struct PageState: Encodable {
        var controls: LiveControls
        var info: RenderInfo
        var overrides: [String: OverrideValue]
        var error: String?
    }

    // MARK: Drawing

    /// Draws the file's version with `overrides` (newest request wins).
    public func render(_ overrides: [SceneOverride]) async -> Outcome {
        let outcome = await worker.run(.figure) { () -> Outcome in
            guard let file = self.state.withLock({ $0.file }) else { return .refused(self.state.withLock { $0.fileError } ?? "no scene yet") }
            let started = ContinuousClock.now
            do {
                let text = try SceneOverrides.apply(overrides, to: file.text, file: self.path)
                let version = try SceneVersion(text: text, path: self.path, previous: file)
                let shown = try self.show(version, overrides: overrides, source: "overrides", started: started)
                return .figure(png: shown.figure.png, info: Self.json(shown.info))
            } catch {
                return .refused("\(error)")
            }
        }
        return outcome ?? .superseded
    }

    /// The figure on screen in `format`, written by `SceneRenderer` as `descent render` writes it.
    public func export(_ format: ImageFormat) async -> Result<(data: Data, name: String), WatchError> {
        await worker.run(.export) { () -> Result<(data: Data, name: String), WatchError> in
            guard let shown = self.state.withLock({ $0.shown }) else { return .failure(WatchError("no figure yet")) }
            let folder = (self.scratch as NSString).appendingPathComponent("export-\(shown.info.id)-\(format.rawValue)")
            defer { try? FileManager.default.removeItem(atPath: folder) }
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                let files = try SceneRenderer.render(shown.version.resolved, formats: [format], to: folder)
                return .success((try Data(contentsOf: URL(fileURLWithPath: files[0])), (files[0] as NSString).lastPathComponent))
            } catch {
                return .failure(WatchError("\(error)"))
            }
        } ?? .failure(WatchError("the server is stopping"))
    }

    /// Frame `index` of the animation of the figure on screen, as `descent animate` draws it
    /// (newest request wins).
    public func frame(_ index: Int) async -> Outcome {
        await worker.run(.frame) { () -> Outcome in
            guard let shown = self.state.withLock({ $0.shown }) else { return .refused("no figure yet") }
            do {
                let frames = try self.state.withLock({ $0.frames }).flatMap { $0.render == shown.info.id ? $0.frames : nil }
                    ?? AnimationFrames(shown.version.resolved)
                self.state.withLock { $0.frames = (shown.info.id, frames) }
                guard (0..<frames.count).contains(index) else { return .refused("no frame \(index); the animation has \(frames.count)") }
                return .figure(png: try frames.png(index), info: Self.json(shown.info))
            } catch {
                return .refused("\(error)")
            }
        } ?? .superseded
    }

    /// Writes `overrides` into the scene file, keeping every other character; refused when the
    /// file changed since it was read or the result is not a valid scene.
    public func save(_ overrides: [SceneOverride]) async -> Result<String, WatchError> {
        await worker.run(.export) { () -> Result<String, WatchError> in
            do {
                guard let file = self.state.withLock({ $0.file }) else { return .failure(WatchError("no scene yet")) }
                let data = try SceneLoader.read(path: self.path)
                guard String(decoding: data, as: UTF8.self) == file.text else {
                    return .failure(WatchError("\(self.path) changed since it was read; the page follows it, then save again"))
                }
                let text = try SceneOverrides.apply(overrides, to: file.text, file: self.path)
                _ = try SceneLoader.parse(Data(text.utf8), file: self.path)
                let mode = (try? FileManager.default.attributesOfItem(atPath: self.path))?[.posixPermissions] as? Int
                try AtomicFiles.write([(path: self.path, data: Data(text.utf8))])
                if let mode { try? FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: self.path) }
                return .success(self.path)
            } catch {
                return .failure(WatchError("\(error)"))
            }
        } ?? .failure(WatchError("the server is stopping"))
    }

    // MARK: The file

    /// Reads the file again; a good version replaces the figure on screen, a bad one is
    /// published as an error and the last good figure stays.
    private func reload() {
        let started = ContinuousClock.now
        do {
            let version = try SceneVersion(path: path, previous: state.withLock { $0.file })
            _ = try show(version, overrides: [], source: "file", started: started)
        } catch {
            let message = "\(error is SceneError ? "" : "\(path): ")\(error)"
            state.withLock { $0.fileError = message }
            events.publish("failed", Self.json(["message": message, "source": "file"]))
        }
    }

    /// Draws `version`, puts it on screen (a version read from the file becomes the file's)
    /// and tells the pages.
    private func show(_ version: SceneVersion, overrides: [SceneOverride], source: String,
                      started: ContinuousClock.Instant) throws -> Shown {
        let figure = try LiveFigure(version.resolved)
        let shown = state.withLock { state -> Shown in
            if source == "file" {
                state.file = version
                state.fileError = nil
            }
            state.renders += 1
            let info = RenderInfo(id: state.renders, source: source, milliseconds: SceneWatch.milliseconds(since: started),
                                  figure: figure, scene: version.scene)
            state.shown = Shown(version: version, overrides: overrides, figure: figure, info: info)
            return state.shown!
        }
        events.publish("rendered", Self.json(shown.info))
        return shown
    }

    static func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(value)) ?? Data("null".utf8), as: UTF8.self)
    }
}
