import ArgumentParser

/// The options and help of `descent watch` and `descent serve`, shared by the `descent` binary
/// (which checks them, then runs `descent-live` with the same arguments) and `descent-live`
/// (which does the work), so both parse them alike.
public enum LiveHelp {
    /// `descent watch`.
    public static let watch = CommandConfiguration(
        commandName: "watch",
        abstract: "Render a scene, then again every time it (or a data file it names) is saved.",
        discussion: """
            Prints one line per render: the time, the files written and how long it took. A bad \
            edit prints its one-line error and the last good files stay; the watch goes on. \
            Ctrl-C stops it (after the render under way, so no file is left half written).

            Example: descent watch scenes/rosenbrock-six.yaml --output renders
            """)

    /// `descent serve`.
    public static let serve = CommandConfiguration(
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
}

/// `descent watch`'s arguments.
public struct WatchOptions: ParsableArguments {
    /// The scene file.
    @Argument(help: "Scene file (YAML).", completion: .file(extensions: ["yaml", "yml"]))
    public var scene: String

    /// Where outputs go.
    @Option(name: .shortAndLong, help: "Directory to write into (created if missing).", completion: .directory)
    public var output = "renders"

    /// Polling instead of inotify.
    @Flag(help: "Look at the files every 0.1 s instead of asking the kernel (inotify) to say when they change.")
    public var poll = false

    /// Options as parsed.
    public init() {}
}

/// `descent serve`'s arguments.
public struct ServeOptions: ParsableArguments {
    /// The scene file.
    @Argument(help: "Scene file (YAML).", completion: .file(extensions: ["yaml", "yml"]))
    public var scene: String

    /// The port, 0 for any free one.
    @Option(name: .shortAndLong, help: "Port to listen on; 0 picks a free one.")
    public var port = 8080

    /// The address listened on.
    @Option(help: "Address to listen on. Anything but loopback lets other machines read the scene and save over it.")
    public var host = "127.0.0.1"

    /// Whether to open a browser.
    @Flag(help: "Open the page in the default browser (xdg-open).")
    public var open = false

    /// Polling instead of inotify.
    @Flag(help: "Look at the files every 0.1 s instead of asking the kernel (inotify) to say when they change.")
    public var poll = false

    /// Options as parsed.
    public init() {}

    /// Refuses a port outside 0…65535.
    public func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0 to 65535, got \(port)") }
    }
}
