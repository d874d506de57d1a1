import Foundation
import Synchronization
import Testing
@testable import DescentServe

/// The render thread draws the newest request of a lane, not a queue of stale ones.
struct RenderWorkerTests {
    /// What ran, in order.
    final class Ran<T: Sendable>: Sendable {
        private let items = Mutex<[T]>([])
        func append(_ item: T) { items.withLock { $0.append(item) } }
        var all: [T] { items.withLock { $0 } }
    }

    /// A gate the first job waits at, so requests pile up behind it.
    final class Gate: Sendable {
        private let semaphore = DispatchSemaphore(value: 0)
        func wait() { semaphore.wait() }
        func open() { semaphore.signal() }
    }

    @Test func aNewerRequestReplacesTheOneWaitingInItsLane() async {
        let worker = RenderWorker(), gate = Gate(), ran = Ran<Int>()
        let blocker = Task { await worker.run(.figure) { gate.wait(); ran.append(0); return 0 } }
        try? await Task.sleep(for: .milliseconds(50))
        let requests = (1...20).map { i in
            Task { await worker.run(.figure) { ran.append(i); return i } }
        }
        // Submitted one after another: each replaces the one before.
        for request in requests.dropLast() { #expect(await request.value == nil) }
        gate.open()
        #expect(await blocker.value == 0)
        #expect(await requests.last!.value == 20)
        #expect(ran.all == [0, 20])
        worker.stop()
    }

    @Test func exportsAreQueuedAndTheFileGoesFirst() async {
        let worker = RenderWorker(), gate = Gate(), ran = Ran<String>()
        let blocker = Task { await worker.run(.export) { gate.wait(); return "blocker" } }
        try? await Task.sleep(for: .milliseconds(50))
        var exports: [Task<String?, Never>] = []
        for name in ["svg", "pdf", "save"] {
            exports.append(Task { await worker.run(.export) { ran.append(name); return name } })
            try? await Task.sleep(for: .milliseconds(20))
        }
        let frame = Task { await worker.run(.frame) { ran.append("frame"); return "frame" } }
        try? await Task.sleep(for: .milliseconds(20))
        let file = Task { await worker.run(.file) { ran.append("file"); return "file" } }
        try? await Task.sleep(for: .milliseconds(20))
        gate.open()
        _ = await blocker.value
        for export in exports { #expect(await export.value != nil) }
        let (frameRan, fileRan) = (await frame.value, await file.value)
        #expect(frameRan == "frame" && fileRan == "file")
        #expect(ran.all == ["file", "frame", "svg", "pdf", "save"])
        worker.stop()
    }

    @Test func stoppingAnswersWhatWaits() async {
        let worker = RenderWorker(), gate = Gate()
        let blocker = Task { await worker.run(.figure) { gate.wait(); return 1 } }
        try? await Task.sleep(for: .milliseconds(50))
        let waiting = Task { await worker.run(.export) { 2 } }
        try? await Task.sleep(for: .milliseconds(50))
        worker.stop()
        #expect(await waiting.value == nil)
        gate.open()
        #expect(await blocker.value == 1)
        #expect(await worker.run(.figure) { 3 } == nil)
    }
}
