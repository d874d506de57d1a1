import Foundation
import Yams

/// The data files a scene names, found without knowing which keys name files: every text
/// value that, read as the scene's readers read a file name (relative to the scene's folder,
/// or absolute), names an existing file, and every value with a glob pattern (`*`, `?`, `[`)
/// and a file extension. Keys added to the readers later are covered the same way.
enum NamedFiles {
    /// The files and patterns `text` (the scene file at `path`) names, as absolute paths.
    static func named(in text: String, sceneAt path: String) -> [String] {
        guard let root = try? Yams.compose(yaml: text) else { return [] }
        let folder = (path as NSString).deletingLastPathComponent
        let scene = (path as NSString).standardizingPath
        var found: [String] = []
        func visit(_ node: Node) {
            switch node {
            case let .scalar(scalar):
                let name = scalar.string
                guard !name.isEmpty, name.count < 4096, !name.contains("\n") else { return }
                let file = ((name.hasPrefix("/") ? name : (folder as NSString).appendingPathComponent(name)) as NSString).standardizingPath
                let pattern = name.contains { "*?[".contains($0) } && !(name as NSString).pathExtension.isEmpty
                var isDirectory: ObjCBool = false
                if file != scene && !found.contains(file)
                    && (pattern || (FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) && !isDirectory.boolValue)) {
                    found.append(file)
                }
            case let .mapping(mapping): for pair in mapping { visit(pair.value) }
            case let .sequence(sequence): for item in sequence { visit(item) }
            case .alias: break
            }
        }
        visit(root)
        return found
    }
}
