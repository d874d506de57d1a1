import Yams

/// Yams refuses a mapping with a repeated key before the loader sees the document, and says
/// only where the key first appears. This finds the repeat's line and key path, so the error
/// reads like every other: `x.yaml:6: runs[0].lr: given twice (first on line 5)`.
enum DuplicateKey {
    /// Marks the first occurrence (by prefixing its key with a private-use character), composes
    /// the marked text, and looks for the marked key's mapping.
    static func locate(_ key: String, firstAt mark: Mark, in text: String, file: String) -> SceneError {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.indices.contains(mark.line - 1) {
            var scalars = Array(lines[mark.line - 1].unicodeScalars)
            if scalars.indices.contains(mark.column - 1) {
                scalars.insert(marker, at: mark.column - 1)
                lines[mark.line - 1] = String(String.UnicodeScalarView(scalars))
            }
        }
        if let root = try? Yams.compose(yaml: lines.joined(separator: "\n")),
           let (path, second) = find(key, in: root, path: ""), let line = second.mark?.line {
            return SceneError(file: file, line: line, field: path, message: "given twice (first on line \(mark.line))")
        }
        return SceneError(file: file, line: mark.line, field: "", message: "the key `\(key)` is given twice in one mapping")
    }

    private static let marker: Unicode.Scalar = "\u{E000}"

    /// The key path and node of the repeat of `key` in the mapping holding the marked key.
    private static func find(_ key: String, in node: Node, path: String) -> (String, Node)? {
        if let mapping = node.mapping {
            let keys = mapping.map(\.key)
            if keys.contains(where: { $0.scalar?.string.unicodeScalars.first == marker }),
               let second = keys.first(where: { $0.scalar?.string == key }) {
                return (path.isEmpty ? key : "\(path).\(key)", second)
            }
            for (k, v) in mapping {
                let name = k.scalar?.string ?? "?"
                if let found = find(key, in: v, path: path.isEmpty ? name : "\(path).\(name)") { return found }
            }
        } else if let items = node.sequence {
            for (index, item) in items.enumerated() {
                if let found = find(key, in: item, path: "\(path)[\(index)]") { return found }
            }
        }
        return nil
    }
}
