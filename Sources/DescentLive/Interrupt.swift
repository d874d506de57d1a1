import Foundation
import Synchronization

/// Ctrl-C for commands that run until stopped: the first one asks the command to stop when
/// its work in hand is done; a second one ends the process at once.
enum Interrupt {
    private static let count = Atomic<Int>(0)

    /// Installs the handler for SIGINT and SIGTERM, and unblocks them (a parent may have
    /// started this process with them blocked).
    static func catchFirst() {
        var signals = sigset_t()
        sigemptyset(&signals)
        for signal in [SIGINT, SIGTERM] {
            sigaddset(&signals, signal)
            Glibc.signal(signal) { number in
                if Interrupt.count.add(1, ordering: .relaxed).newValue > 1 { _exit(128 + number) }
            }
        }
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
    }

    /// True once a stop was asked for.
    static func requested() -> Bool { count.load(ordering: .relaxed) > 0 }
}
