/// Waits out a save: editors write a file in several steps (truncate, write, rename, touch),
/// each seen as a change, and a scene read between two of them would be half a file. After
/// the first change the debouncer waits until the files have been quiet for `quiet` seconds,
/// but no longer than `longest` seconds after the first, so a file that keeps changing still
/// gets rendered.
public struct Debouncer: Sendable {
    /// Seconds without a change that end a save.
    public var quiet: Double
    /// Most seconds from the first change to the end of the wait.
    public var longest: Double

    /// A debouncer waiting `quiet` seconds of silence, at most `longest` in all.
    public init(quiet: Double = 0.05, longest: Double = 1) {
        self.quiet = quiet
        self.longest = longest
    }

    /// Blocks until `source` reports a change (true), or `timeout` passes without one
    /// (false); after a change, until the burst it starts has settled. `now` is a clock in
    /// seconds.
    public func waitForSave(from source: some ChangeSource, timeout: Double, now: () -> Double) -> Bool {
        guard source.waitForChange(timeout: timeout) else { return false }
        let first = now()
        while true {
            let left = first + longest - now()
            guard left > 0, source.waitForChange(timeout: min(quiet, left)) else { return true }
        }
    }
}
