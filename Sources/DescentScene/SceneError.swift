/// A problem with a scene file, located: `scenes/x.yaml:14: runs[2].lr: must be > 0, got -0.1`.
public struct SceneError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The scene file's path as the user gave it.
    public let file: String
    /// 1-based line, or nil when the problem concerns the whole file.
    public let line: Int?
    /// Key path of the field (`runs[2].lr`), or empty for the document itself.
    public let field: String
    /// What is wrong, in lower case, e.g. `must be > 0, got -0.1`.
    public let message: String

    /// A problem at `line` of `file`, in `field`.
    public init(file: String, line: Int?, field: String, message: String) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    /// One line, for stderr.
    public var description: String {
        let location = line.map { "\(file):\($0)" } ?? file
        return field.isEmpty ? "\(location): \(message)" : "\(location): \(field): \(message)"
    }
}
