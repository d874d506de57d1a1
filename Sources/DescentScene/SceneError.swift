/// A problem with a scene file, located: `scenes/x.yaml:14: runs[2].lr: must be > 0, got -0.1`.
/// A file with several independent problems throws one `SceneError` whose `others` hold the
/// rest, so every command reports them all, one line each.
public struct SceneError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The scene file's path as the user gave it.
    public let file: String
    /// 1-based line, or nil when the problem concerns the whole file.
    public let line: Int?
    /// Key path of the field (`runs[2].lr`), or empty for the document itself.
    public let field: String
    /// What is wrong, in lower case, e.g. `must be > 0, got -0.1`.
    public let message: String
    /// The file's other independent problems, in the order of their lines.
    public internal(set) var others: [SceneError] = []

    /// A problem at `line` of `file`, in `field`.
    public init(file: String, line: Int?, field: String, message: String) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    /// `problems` as one error (the first, with the rest as its `others`), ordered by line
    /// (problems of the whole file first); nil when there are none.
    init?(combining problems: [SceneError]) {
        let all = problems.flatMap(\.problems).enumerated()
            .sorted { ($0.element.line ?? 0, $0.offset) < ($1.element.line ?? 0, $1.offset) }.map(\.element)
        guard var first = all.first else { return nil }
        first.others = Array(all.dropFirst())
        self = first
    }

    /// This problem and its `others`, each on its own (no `others`).
    public var problems: [SceneError] {
        var alone = self
        alone.others = []
        return [alone] + others
    }

    /// One line per problem, for stderr.
    public var description: String {
        problems.map(\.lineText).joined(separator: "\n")
    }

    private var lineText: String {
        let location = line.map { "\(file):\($0)" } ?? file
        return field.isEmpty ? "\(location): \(message)" : "\(location): \(field): \(message)"
    }
}

/// Problems gathered while a scene is read: each independent part of the file is read under
/// `attempt`, so a mistake in one run does not hide a mistake in the next.
struct ProblemList {
    private(set) var problems: [SceneError] = []

    /// True when nothing has gone wrong so far.
    var isEmpty: Bool { problems.isEmpty }

    /// `read()`'s value, or nil when it threw (its problems kept).
    mutating func attempt<T>(_ read: () throws(SceneError) -> T) -> T? {
        do {
            return try read()
        } catch {
            problems.append(error)
            return nil
        }
    }

    /// Keeps `problem`.
    mutating func add(_ problem: SceneError) {
        problems.append(problem)
    }

    /// Throws every problem kept, as one error, if there is any.
    func check() throws(SceneError) {
        if let error = SceneError(combining: problems) { throw error }
    }
}
