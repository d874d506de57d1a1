import Synchronization

/// Server-sent events to every open page: each subscriber gets a stream of event texts
/// (`event: render\ndata: {...}\n\n`). A slow reader keeps only the newest few; a reader that
/// goes away is forgotten when its stream ends.
public final class EventHub: Sendable {
    /// Events kept for a subscriber that has not read them yet.
    static let backlog = 8

    private let subscribers = Mutex<[Int: AsyncStream<String>.Continuation]>([:])
    private let nextID = Atomic<Int>(0)

    /// A hub with no subscribers.
    public init() {}

    /// A new subscriber's stream of events.
    public func subscribe() -> AsyncStream<String> {
        let id = nextID.add(1, ordering: .relaxed).newValue
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(Self.backlog))
        continuation.onTermination = { [weak self] _ in
            _ = self?.subscribers.withLock { $0.removeValue(forKey: id) }
        }
        subscribers.withLock { $0[id] = continuation }
        return stream
    }

    /// Sends an event named `name` with `data` (one line of JSON) to every subscriber.
    public func publish(_ name: String, _ data: String) {
        let text = "event: \(name)\ndata: \(data)\n\n"
        for continuation in subscribers.withLock({ Array($0.values) }) { continuation.yield(text) }
    }

    /// Sends a comment line, which pages ignore: a write to a page that has gone fails, and
    /// ends its stream.
    public func ping() {
        for continuation in subscribers.withLock({ Array($0.values) }) { continuation.yield(": ping\n\n") }
    }

    /// Subscribers now.
    public var count: Int { subscribers.withLock { $0.count } }

    /// Ends every stream (the server is stopping).
    public func finish() {
        for continuation in subscribers.withLock({ Array($0.values) }) { continuation.finish() }
    }
}
