/// A problem with a formula or its parameters, located at a column of the formula text.
///
/// `column` is 1-based and counts characters (grapheme clusters); a problem at the end of the
/// text points one past its last character. A problem with a parameter points at the first
/// use of that parameter in the text, or at column 1 when the text does not use it.
public struct FormulaError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The 1-based character column in the formula text where the problem is.
    public let column: Int
    /// One line starting in lower case, e.g. "unknown name `sn`; did you mean `sin`?".
    public let message: String

    /// A problem at a 1-based `column`, described by `message`.
    public init(column: Int, message: String) {
        self.column = column
        self.message = message
    }

    /// `column N: message`.
    public var description: String { "column \(column): \(message)" }
}
