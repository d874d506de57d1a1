import Descent
import Foundation
import Yams

/// Reads scene files into validated `Scene` values.
public enum SceneLoader {
    static let topKeys = ["title", "surface", "view", "start", "steps", "seed", "runs", "output"]

    /// Reads and validates the scene at `path`. Every problem is a `SceneError` naming the
    /// file, the line and the field.
    public static func load(path: String) throws(SceneError) -> Scene {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SceneError(file: path, line: nil, field: "", message: "cannot read the file")
        }
        return try parse(data, file: path)
    }

    /// Parses scene text; `file` names it in errors, and its base name is the default output name.
    public static func parse(_ data: Data, file: String) throws(SceneError) -> Scene {
        func fail(_ message: String, line: Int? = nil) -> SceneError {
            SceneError(file: file, line: line, field: "", message: message)
        }
        guard data.count <= 1_000_000 else { throw fail("is \(data.count) bytes; scene files are at most 1 MB") }
        guard let text = String(data: data, encoding: .utf8) else { throw fail("is not UTF-8 text") }
        guard !text.contains("\0") else { throw fail("is binary, not a YAML scene") }
        guard NestingGuard.depth(of: text) <= NestingGuard.limit else {
            throw fail("is nested more than \(NestingGuard.limit) levels deep")
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw Self.describe(error, file: file)
        } catch {
            throw fail("is not valid YAML: \(error)")
        }
        guard let node else { throw fail("is empty; a scene needs at least `surface` and `runs`") }
        let root = YAMLValue(node: node, file: file, path: "")
        return try SceneReader(root: root, defaultName: Self.baseName(file)).scene()
    }

    private static func baseName(_ file: String) -> String {
        let name = (file as NSString).lastPathComponent
        return (name as NSString).deletingPathExtension
    }

    private static func describe(_ error: YamlError, file: String) -> SceneError {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _):
            let detail = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            return SceneError(file: file, line: mark.line, field: "", message: "invalid YAML: \(detail)")
        case let .composer(context, problem, mark, _):
            let detail = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            return SceneError(file: file, line: mark.line, field: "", message: "invalid YAML: \(detail)")
        default:
            let text = "\(error)".split(separator: "\n").first.map(String.init) ?? "unreadable"
            return SceneError(file: file, line: nil, field: "", message: "invalid YAML: \(text)")
        }
    }
}
