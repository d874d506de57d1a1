import Descent

/// Reads `output:`: the file name, pixel size and formats.
struct OutputReader {
    let value: YAMLValue?
    let defaultName: String

    static let keys = ["name", "size", "formats"]

    /// The output settings, or every problem of the block, one per key.
    func read() throws(SceneError) -> OutputSettings {
        var output = OutputSettings(name: defaultName)
        guard let value else { return output }
        var problems = ProblemList()
        let m = try value.mapping(allowed: Self.keys, problems: &problems)
        if let v = m["name"], let name = problems.attempt({ () throws(SceneError) in try Self.fileName(v) }) { output.name = name }
        if let v = m["size"], let size = problems.attempt({ () throws(SceneError) in try Self.size(v) }) {
            (output.width, output.height) = size
        }
        if let v = m["formats"], let formats = problems.attempt({ () throws(SceneError) in try Self.formats(v) }) {
            output.formats = formats
        }
        try problems.check()
        return output
    }

    private static func formats(_ v: YAMLValue) throws(SceneError) -> [ImageFormat] {
        let items = try v.sequence()
        guard !items.isEmpty else { throw v.error("must list at least one of png, svg, pdf") }
        var formats: [ImageFormat] = []
        for item in items {
            let format = ImageFormat(rawValue: try item.choice(ImageFormat.allCases.map(\.rawValue), what: "format"))!
            guard !formats.contains(format) else { throw item.error("lists `\(format.rawValue)` twice") }
            formats.append(format)
        }
        return formats
    }

    /// `[width, height]` in pixels, each side and the pixel count within `SceneLimits`.
    static func size(_ v: YAMLValue) throws(SceneError) -> (Int, Int) {
        let items = try v.sequence()
        guard items.count == 2 else { throw v.error("must be [width, height] in pixels, got \(items.count) items") }
        let width = try items[0].integer(in: SceneLimits.imageSide)
        let height = try items[1].integer(in: SceneLimits.imageSide)
        let pixels = width * height
        guard pixels <= SceneLimits.imagePixels else {
            throw v.error("is \(pixels) pixels (\(pixels * 4 / 1_000_000) MB); the limit is \(SceneLimits.imagePixels) pixels")
        }
        return (width, height)
    }

    /// A plain file name: letters, digits, `-`, `_`, `.`; no directories, not hidden, not `..`.
    static func fileName(_ value: YAMLValue) throws(SceneError) -> String {
        let name = try value.string()
        guard !name.isEmpty, name.count <= 120 else { throw value.error("must be 1 to 120 characters") }
        guard !name.contains("/"), !name.contains("\\"), !name.contains("..") else {
            throw value.error("must be a plain file name without `/` or `..`, got `\(name)`")
        }
        guard !name.hasPrefix(".") else { throw value.error("must not start with `.` (a hidden file), got `\(name)`") }
        let allowed = name.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0)
        }
        guard allowed else { throw value.error("may use only letters, digits, `-`, `_` and `.`, got `\(name)`") }
        return name
    }
}
