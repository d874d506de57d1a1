import Foundation

/// A one-line progress bar on stderr, drawn only when stderr is a terminal.
final class ProgressBar {
    private let label: String
    private let enabled = isatty(STDERR_FILENO) == 1
    private var shown = -1

    init(label: String) { self.label = label }

    /// Shows `done` of `total`, redrawing only when the bar's percentage changes.
    func update(_ done: Int, of total: Int) {
        guard enabled, total > 0 else { return }
        let percent = 100 * done / total
        guard percent != shown else { return }
        shown = percent
        let width = 30, filled = width * done / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
        write("\r\(label) \(bar) \(done)/\(total) frames")
    }

    /// Removes the bar, leaving the line empty for what follows.
    func clear() {
        guard enabled, shown >= 0 else { return }
        write("\r\u{1B}[2K")
        shown = -1
    }

    private func write(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }
}
