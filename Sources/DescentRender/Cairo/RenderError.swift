import CCairo

/// A failure to draw or write a figure, with the file it concerns when there is one.
public struct RenderError: Error, CustomStringConvertible, Sendable {
    /// What failed, naming the file when there is one.
    public let message: String

    /// An error described by `message`.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }

    /// Throws when `status` is not success, naming what was being done.
    static func check(_ status: cairo_status_t, _ doing: @autoclosure () -> String) throws {
        guard status != CAIRO_STATUS_SUCCESS else { return }
        let reason = String(cString: cairo_status_to_string(status))
        throw RenderError("\(doing()): \(reason)")
    }
}
