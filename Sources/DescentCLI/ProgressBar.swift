import Descent
import Foundation
import Synchronization

/// A one-line progress bar on stderr, `train  [##########··········]  50%`, drawn only when
/// stderr is a terminal and redrawn only when the stage or the percentage changes; `finish`
/// clears it.
final class ProgressBar: Sendable {
    /// The stage and percentage on screen, -1 before the first.
    private let shown = Mutex((label: "", percent: -1))

    /// A bar, or nil when stderr is not a terminal (a log file gets no carriage returns).
    static func onTerminal() -> ProgressBar? {
        isatty(STDERR_FILENO) == 1 ? ProgressBar() : nil
    }

    /// Reports `done` of `total` of the stage named `label`, from any thread.
    func update(_ label: String, _ done: Int, _ total: Int) {
        let percent = total > 0 ? min(100, done * 100 / total) : 100
        shown.withLock { shown in
            guard label != shown.label || percent > shown.percent else { return }
            shown = (label, percent)
            FileHandle.standardError.write(Data(Self.line(label, percent: percent).utf8))
        }
    }

    /// What a resolved scene reports, shown as `train` and `grid` stages.
    var resolveProgress: ResolveProgress {
        { [self] stage, done, total in update(stage == .training ? "train" : "grid", done, total) }
    }

    /// Erases the bar.
    func finish() {
        shown.withLock { shown in
            if shown.percent >= 0 { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            shown = ("", -1)
        }
    }

    /// `\r<label>  [#####···············]  25%`: 20 cells, the line cleared first.
    static func line(_ label: String, percent: Int) -> String {
        let filled = percent / 5
        return "\r\u{1B}[K\(label)  [" + String(repeating: "#", count: filled) + String(repeating: "·", count: 20 - filled) + "] \(percent)%"
    }
}
