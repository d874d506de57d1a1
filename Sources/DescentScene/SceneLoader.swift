import Descent
import Foundation
import Yams

/// Reads scene files into validated `Scene` values.
public enum SceneLoader {
    static let topKeys = ["title", "surface", "view", "start", "steps", "seed", "runs", "output", "animation", "sweep", "charts"]

    /// Reads and validates the scene at `path`. Every problem is a `SceneError` naming the
    /// file, the line and the field. Reads at most 1 MB and a byte more, so neither a huge
    /// file nor a device such as /dev/zero is read whole. `shards`: the grid will be computed
    /// in that many parts (`descent grid --shard i/n`), so the time limit applies to one part.
    public static func load(path: String, shards: Int = 1) throws(SceneError) -> Scene {
        try parse(try read(path: path), file: path, shards: shards)
    }

    /// The bytes of the scene file at `path`, checked as `load` checks them (a file, not a
    /// directory, at most 1 MB), for `parse`.
    public static func read(path: String) throws(SceneError) -> Data {
        func fail(_ message: String) -> SceneError { SceneError(file: path, line: nil, field: "", message: message) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw fail("no such file") }
        guard !isDirectory.boolValue else { throw fail("is a directory, not a scene file") }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
           size > SceneLimits.fileBytes {
            throw fail("is \(size) bytes; scene files are at most 1 MB")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw fail("cannot be read") }
        defer { try? handle.close() }
        do {
            return try handle.read(upToCount: SceneLimits.fileBytes + 1) ?? Data()
        } catch {
            throw fail("cannot be read")
        }
    }

    /// Parses scene text; `file` names it in errors, and its base name is the default output name.
    public static func parse(_ data: Data, file: String, shards: Int = 1) throws(SceneError) -> Scene {
        let text = try SceneText.decode(data, file: file)
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw YAMLSyntaxError.sceneError(error, text: text, file: file)
        } catch {
            throw SceneError(file: file, line: nil, field: "", message: "is not valid YAML: \(error)")
        }
        guard let node else {
            throw SceneError(file: file, line: nil, field: "", message: "is empty; a scene needs at least `surface` and `runs`")
        }
        let root = YAMLValue(node: node, file: file, path: "")
        return try SceneReader(root: root, defaultName: Self.baseName(file), shards: shards).scene()
    }

    private static func baseName(_ file: String) -> String {
        let name = (file as NSString).lastPathComponent
        return (name as NSString).deletingPathExtension
    }
}
