import Dispatch
import Synchronization

/// Work that must happen in frame order (appending GIF frames, writing PNG frame files), done on
/// one background thread while the next batch of frames is drawn. At most one batch waits:
/// `submit` first lets the previous batch finish, so memory stays bounded.
final class InOrderOutput: Sendable {
    private let queue = DispatchQueue(label: "descent.animation.in-order")
    private let failure = Mutex<(any Error)?>(nil)
    private let files = Mutex(0)

    /// Runs `work` after everything submitted before it, unless something already failed.
    func submit(_ work: @escaping @Sendable () throws -> Void) throws {
        try finish()
        queue.async {
            do { try work() } catch { self.failure.withLock { $0 = error } }
        }
    }

    /// Waits for everything submitted; throws the first failure.
    func finish() throws {
        queue.sync {}
        if let failure = failure.withLock({ $0 }) { throw failure }
    }

    /// Frame files written so far (to be removed on failure); set by the submitted work.
    var frameFilesWritten: Int {
        get { files.withLock { $0 } }
        set { files.withLock { $0 = newValue } }
    }
}
