import Foundation
import Synchronization

/// A one-line progress bar on stderr, `grid  [##########··········]  50%`, drawn only when
/// stderr is a terminal and redrawn only when the percentage changes; `finish` clears it.
final class ProgressBar: Sendable {
    private let label: String
    /// The percentage on screen, -1 before the first.
    private let shown = Mutex(-1)

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
        shown.withLock { shown in
            guard percent > shown else { return }
            shown = percent
            FileHandle.standardError.write(Data(Self.line(label, percent: percent).utf8))
        }
    }

    /// Erases the bar.
    func finish() {
        shown.withLock { shown in
            if shown >= 0 { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        }
    }

    /// `\r<label>  [#####···············]  25%`: 20 cells.
    static func line(_ label: String, percent: Int) -> String {
        let filled = percent / 5
        return "\r\(label)  [" + String(repeating: "#", count: filled) + String(repeating: "·", count: 20 - filled) + "] \(percent)%"
    }
}
