import Foundation

/// A one-line progress bar on stderr, `grid  [##########··········]  50%`, drawn only when
/// stderr is a terminal and redrawn only when the percentage changes; `finish` clears it.
final class ProgressBar: @unchecked Sendable {
    private let label: String
    private let lock = NSLock()
    private var shown = -1

    /// A bar, or nil when stderr is not a terminal (a log file gets no carriage returns).
    static func onTerminal(_ label: String) -> ProgressBar? {
        isatty(STDERR_FILENO) == 1 ? ProgressBar(label) : nil
    }

    init(_ label: String) {
        self.label = label
    }

    /// Reports `done` of `total`, from any thread.
    func update(_ done: Int, _ total: Int) {
        let percent = total > 0 ? min(100, done * 100 / total) : 100
        lock.lock()
        defer { lock.unlock() }
        guard percent > shown else { return }
        shown = percent
        FileHandle.standardError.write(Data(Self.line(label, percent: percent).utf8))
    }

    /// Erases the bar.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if shown >= 0 { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    /// `\r<label>  [#####···············]  25%`: 20 cells.
    static func line(_ label: String, percent: Int) -> String {
        let filled = percent / 5
        return "\r\(label)  [" + String(repeating: "#", count: filled) + String(repeating: "·", count: 20 - filled) + "] \(percent)%"
    }
}
