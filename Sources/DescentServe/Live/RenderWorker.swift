import Foundation
import Synchronization

/// The one thread that draws for the live preview. Each lane holds work of one kind; a newer
/// request in a lane that keeps only the newest replaces the one waiting there (which is
/// answered nil at once), so a slider dragged across its range renders its latest value, not
/// every value it passed. Lanes are served in order: the file first (every request reads the
/// file anew, so one waiting is enough), then figures, then animation frames, then the queue
/// of exports (downloads, saves), none of which is dropped.
public final class RenderWorker: Sendable {
    /// A kind of work.
    public enum Lane: Int, CaseIterable, Sendable {
        /// Reading the scene file again after a save.
        case file
        /// A figure with overrides (`POST /render`).
        case figure
        /// One frame of the animation.
        case frame
        /// Downloads and saves, in order.
        case export

        var keepsOnlyNewest: Bool { self != .export }
    }

    private struct Job: Sendable {
        let run: @Sendable () -> Void
        let drop: @Sendable () -> Void
    }

    private struct State: Sendable {
        var waiting: [Lane: [Job]] = [:]
        var stopped = false
    }

    private let state = Mutex(State())
    private let wake = DispatchSemaphore(value: 0)

    /// Starts the thread.
    public init() {
        let thread = Thread { [self] in loop() }
        thread.name = "descent-render"
        thread.start()
    }

    /// Runs `work` on the render thread and returns its result, or nil when a newer request in
    /// the same lane replaced it before it started.
    public func run<T: Sendable>(_ lane: Lane, _ work: @escaping @Sendable () -> T) async -> T? {
        await withCheckedContinuation { (continuation: CheckedContinuation<T?, Never>) in
            submit(lane, Job(run: { continuation.resume(returning: work()) }, drop: { continuation.resume(returning: nil) }))
        }
    }

    /// Queues `work` without waiting for it.
    public func post(_ lane: Lane, _ work: @escaping @Sendable () -> Void) {
        submit(lane, Job(run: work, drop: {}))
    }

    /// Ends the thread after the job under way; waiting jobs are dropped.
    public func stop() {
        let dropped = state.withLock { state -> [Job] in
            state.stopped = true
            defer { state.waiting = [:] }
            return state.waiting.values.flatMap { $0 }
        }
        for job in dropped { job.drop() }
        wake.signal()
    }

    private func submit(_ lane: Lane, _ job: Job) {
        let replaced = state.withLock { state -> [Job] in
            guard !state.stopped else { return [job] }
            let old = lane.keepsOnlyNewest ? state.waiting[lane, default: []] : []
            state.waiting[lane] = lane.keepsOnlyNewest ? [job] : state.waiting[lane, default: []] + [job]
            return old
        }
        for job in replaced { job.drop() }
        wake.signal()
    }

    private func loop() {
        while true {
            wake.wait()
            while let job = next() { job.run() }
            if state.withLock({ $0.stopped }) { return }
        }
    }

    private func next() -> Job? {
        state.withLock { state in
            guard !state.stopped, let lane = Lane.allCases.first(where: { !(state.waiting[$0] ?? []).isEmpty }) else { return nil }
            return state.waiting[lane]!.removeFirst()
        }
    }
}
