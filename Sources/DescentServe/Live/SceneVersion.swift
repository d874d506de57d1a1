import Descent
import DescentScene
import Foundation
import Yams

/// One version of a scene: the text it was read from, the scene, and the one `ResolvedScene`
/// every output of that version is drawn from. A version whose `surface` and `view` blocks
/// equal its predecessor's (and whose data files have not changed) shares its landscapes, so a
/// change to the runs neither trains a network nor samples a grid again.
public struct SceneVersion: Sendable {
    /// The scene file's path, as given.
    public let path: String
    /// The YAML text.
    public let text: String
    /// The scene read from it.
    public let scene: Scene
    /// Its resolution, shared by every output of this version.
    public let resolved: ResolvedScene
    /// The data files and patterns the text names (absolute), watched beside the scene file.
    public let dataFiles: [String]
    private let blocks: Blocks
    /// The data files as they were when this version was read.
    private let dataSignatures: [FileSignature]

    /// The `surface` and `view` blocks as composed nodes (marks aside, equal when equal).
    private struct Blocks: @unchecked Sendable {
        // Unchecked: Yams nodes are values, but carry a weak anchor reference; these are never mutated.
        let surface: Node?
        let view: Node?
    }

    /// Reads the scene file at `path` now, as `SceneLoader.load` does; see `init(text:...)`.
    public init(path: String, previous: SceneVersion? = nil,
                progress: ResolveProgress? = nil) throws(SceneError) {
        let data = try SceneLoader.read(path: path)
        try self.init(text: String(decoding: data, as: UTF8.self), path: path, previous: previous, progress: progress, data: data)
    }

    /// Reads `text` as the scene file at `path`; with `previous`, its landscapes are kept when
    /// it has the same surface and view blocks and its data files have not changed since. `progress` follows
    /// training and grids.
    public init(text: String, path: String, previous: SceneVersion? = nil,
                progress: ResolveProgress? = nil) throws(SceneError) {
        try self.init(text: text, path: path, previous: previous, progress: progress, data: Data(text.utf8))
    }

    /// `data` is the file's bytes, which the loader checks (encoding, size); `text` is their text.
    private init(text: String, path: String, previous: SceneVersion?, progress: ResolveProgress?, data: Data) throws(SceneError) {
        self.path = path
        self.text = text
        scene = try SceneLoader.parse(data, file: path)
        let root = try? Yams.compose(yaml: text)
        blocks = Blocks(surface: root?.mapping?["surface"], view: root?.mapping?["view"])
        dataFiles = NamedFiles.named(in: text, sceneAt: path)
        dataSignatures = dataFiles.flatMap(FileSignature.all)
        if let previous, previous.blocks.surface == blocks.surface, previous.blocks.view == blocks.view,
           previous.dataSignatures == dataSignatures {
            resolved = ResolvedScene(scene, sharingLandscapesOf: previous.resolved)
        } else {
            resolved = ResolvedScene(scene, progress: progress)
        }
    }
}
