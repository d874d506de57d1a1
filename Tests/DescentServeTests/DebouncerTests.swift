import Testing
@testable import DescentServe

/// Changes at scripted times on a clock of its own: `waitForChange` advances the clock to the
/// next change within the timeout, or by the whole timeout.
final class ScriptedChanges: ChangeSource, @unchecked Sendable {
    private var times: [Double]
    private(set) var now = 0.0

    init(_ times: [Double]) { self.times = times }

    func waitForChange(timeout: Double) -> Bool {
        if let next = times.first, next <= now + timeout {
            now = max(now, next)
            times.removeFirst()
            return true
        }
        now += timeout
        return false
    }
}

/// A save written in several steps renders once, when the steps have stopped.
struct DebouncerTests {
    let debouncer = Debouncer(quiet: 0.05, longest: 1)

    @Test func aBurstOfWritesIsOneSaveEndingAfterTheQuietTime() {
        let source = ScriptedChanges([1.0, 1.01, 1.03, 1.07])
        #expect(debouncer.waitForSave(from: source, timeout: 5, now: { source.now }))
        // The last write at 1.07, then 0.05 s of quiet.
        #expect(abs(source.now - 1.12) < 1e-9)
        #expect(!debouncer.waitForSave(from: source, timeout: 5, now: { source.now }))
    }

    @Test func writesFurtherApartThanTheQuietTimeAreTwoSaves() {
        let source = ScriptedChanges([1.0, 1.2])
        #expect(debouncer.waitForSave(from: source, timeout: 5, now: { source.now }))
        #expect(abs(source.now - 1.05) < 1e-9)
        #expect(debouncer.waitForSave(from: source, timeout: 5, now: { source.now }))
        #expect(abs(source.now - 1.25) < 1e-9)
    }

    @Test func aFileThatNeverStopsChangingIsStillRenderedAfterTheLongestWait() {
        let source = ScriptedChanges(stride(from: 0.0, to: 10, by: 0.02).map { $0 })
        #expect(debouncer.waitForSave(from: source, timeout: 5, now: { source.now }))
        #expect(source.now >= 1 && source.now < 1.03)
    }

    @Test func nothingChangesWithinTheTimeout() {
        let source = ScriptedChanges([3])
        #expect(!debouncer.waitForSave(from: source, timeout: 2, now: { source.now }))
        #expect(source.now == 2)
    }
}
