import Foundation
import Yams

/// One value given for a scene key from outside the file: `runs[0].lr` = 0.05.
public struct SceneOverride: Equatable, Sendable {
    /// Where in the scene.
    public var path: OverridePath
    /// The value; `.remove` takes a list item out.
    public var value: OverrideValue

    /// An override of `path` with `value`.
    public init(_ path: OverridePath, _ value: OverrideValue) {
        self.path = path
        self.value = value
    }
}

/// Overrides applied to a scene's YAML text: each value is written where the key is (or the
/// key is added to its mapping), every other character stays as it was, and the result goes
/// through the scene loader like any file, so an override is validated exactly as the key
/// written by hand would be, with the same one-line errors. The same edit writes a live
/// preview's settings back into the file.
public enum SceneOverrides {
    /// Most overrides in one set.
    public static let limit = 64
    /// Deepest nesting of lists and mappings in one value.
    public static let depthLimit = 4

    /// Parses a JSON object of key paths to values (`{"runs[0].lr": 0.05}`), in path order.
    /// Errors name `file`, as a scene's would.
    public static func parse(json: Data, file: String) throws(SceneError) -> [SceneOverride] {
        func fail(_ field: String, _ message: String) -> SceneError {
            SceneError(file: file, line: nil, field: field, message: message)
        }
        let object: [String: OverrideValue]
        do {
            object = try JSONDecoder().decode([String: OverrideValue].self, from: json)
        } catch {
            throw fail("", "overrides must be a JSON object of key paths to values, as {\"runs[0].lr\": 0.05}")
        }
        guard object.count <= limit else { throw fail("", "\(object.count) overrides; at most \(limit) at once") }
        var overrides: [SceneOverride] = []
        for (key, value) in object {
            guard let path = OverridePath(key) else { throw fail(key, "is not a key path such as runs[0].lr") }
            guard value.depth <= depthLimit else { throw fail(key, "nests lists or mappings more than \(depthLimit) deep") }
            overrides.append(SceneOverride(path, value))
        }
        return overrides.sorted { $0.path < $1.path }
    }

    /// `text` (the scene file `file`) with `overrides` written in: values first, then list
    /// items removed, last index first, so every index means what it means in `text`. A text
    /// value that names a file must name one inside the scene's folder.
    public static func apply(_ overrides: [SceneOverride], to text: String, file: String) throws(SceneError) -> String {
        let folder = (file as NSString).deletingLastPathComponent
        for override in overrides {
            for name in override.value.strings where !FileConfinement.isInside(name, folder: folder) {
                throw SceneError(file: file, line: nil, field: override.path.description,
                                 message: "`\(name.prefix(80))` is outside the scene's folder; an override may only name files beside the scene")
            }
        }
        let values = overrides.filter { $0.value != .remove }
        let removals = overrides.filter { $0.value == .remove }.sorted { a, b in
            // Later items of the same list first.
            a.path.components.dropLast() == b.path.components.dropLast() ? lastIndex(a) > lastIndex(b) : a.path < b.path
        }
        var edited = text
        for override in values + removals {
            edited = try SceneEdit(text: edited, file: file).applying(override)
        }
        return edited
    }

    private static func lastIndex(_ override: SceneOverride) -> Int {
        if case let .index(i) = override.path.components.last { i } else { -1 }
    }
}

/// One override written into one text: the text composed, the key found, the edit made.
private struct SceneEdit {
    let text: String
    let file: String
    let spans: YAMLSpans
    let root: Node

    init(text: String, file: String) throws(SceneError) {
        self.text = text
        self.file = file
        spans = YAMLSpans(text)
        do {
            guard let root = try Yams.compose(yaml: text) else {
                throw SceneError(file: file, line: nil, field: "", message: "is empty; a scene needs at least `surface` and `runs`")
            }
            self.root = root
        } catch let error as SceneError {
            throw error
        } catch let error as YamlError {
            throw YAMLSyntaxError.sceneError(error, text: text, file: file)
        } catch {
            throw SceneError(file: file, line: nil, field: "", message: "is not valid YAML: \(error)")
        }
    }

    /// Where a node sits: under a mapping's key, or at a list's index.
    private enum Place {
        case entry(key: Node, mapping: Node)
        case item(index: Int, sequence: Node)
        case root
    }

    func applying(_ override: SceneOverride) throws(SceneError) -> String {
        let path = override.path
        var node = root, place = Place.root, inFlow = false
        for (depth, component) in path.components.enumerated() {
            let here = path.prefix(depth)
            switch (component, node) {
            case let (.key(key), .mapping(mapping)):
                guard let pair = mapping.first(where: { $0.key.scalar?.string == key }) else {
                    guard override.value != .remove else { throw error(node, path.prefix(depth + 1), "no such key to remove") }
                    return insert(Array(path.components[depth...]), value: override.value, into: node, inFlow: inFlow)
                }
                place = .entry(key: pair.key, mapping: node)
                inFlow = inFlow || spans.isFlow(node)
                node = pair.value
            case let (.key(key), _) where YAMLSpans.isEmpty(node):
                // `key:` with nothing after it: the value becomes a mapping.
                guard case let .entry(parentKey, _) = place, override.value != .remove else {
                    throw error(node, here, "is empty, so it has no `\(key)`")
                }
                let value = Self.nested(Array(path.components[depth...]), override.value)
                return replace(spans.colon(after: parentKey, inFlow: inFlow)..<spans.colon(after: parentKey, inFlow: inFlow),
                               with: " " + value)
            case let (.index(index), .sequence(sequence)):
                guard index < sequence.count else {
                    throw error(node, path.prefix(depth + 1), "no such item: `\(here)` has \(sequence.count)")
                }
                place = .item(index: index, sequence: node)
                inFlow = inFlow || spans.isFlow(node)
                node = sequence[index]
            case (.key(let key), _):
                throw error(node, here, "is \(Self.kind(node)), not a mapping, so it has no `\(key)`")
            case (.index, _):
                throw error(node, here, "is \(Self.kind(node)), not a list")
            }
        }
        if override.value == .remove {
            guard case let .item(index, sequence) = place else {
                throw error(node, path.description, "`null` removes a list item; a key needs a value")
            }
            return try remove(index, of: sequence, inFlow: inFlow)
        }
        return set(node, at: place, to: override.value.yaml, inFlow: inFlow)
    }

    /// Writes `yaml` as the value of `node`.
    private func set(_ node: Node, at place: Place, to yaml: String, inFlow: Bool) -> String {
        let span = spans.span(of: node, inFlow: inFlow)
        let isBlock = switch node {
        case let .mapping(m): !spans.isFlow(node) && !m.isEmpty
        case let .sequence(s): !spans.isFlow(node) && !s.isEmpty
        default: false
        }
        if case let .entry(key, _) = place, isBlock || YAMLSpans.isEmpty(node) {
            // A block value starts on the next line; the new value goes after the key's colon.
            let colon = spans.colon(after: key, inFlow: inFlow)
            return replace(colon..<(YAMLSpans.isEmpty(node) ? colon : span.upperBound), with: " " + yaml)
        }
        return replace(span, with: yaml)
    }

    /// Adds the key `path[0]` to `mapping`, with `path[1...]` as nested mappings around the value.
    private func insert(_ path: [OverridePath.Component], value: OverrideValue, into mapping: Node, inFlow: Bool) -> String {
        let entry = Self.nested(path, value)
        let span = spans.span(of: mapping, inFlow: inFlow)
        guard let m = mapping.mapping, let last = Array(m).last, let firstKey = m.first?.key else {
            return replace(span, with: "{" + entry + "}")
        }
        if spans.isFlow(mapping) {
            // Before the closing brace, after the last entry.
            var end = span.upperBound - 1
            while end > span.lowerBound && [" ", "\n", "\t"].contains(spans.text[end - 1]) { end -= 1 }
            return replace(end..<end, with: ", " + entry)
        }
        let lineEnd = spans.endOfLine(spans.end(ofEntry: last.key, last.value, inFlow: false))
        let indent = String(repeating: " ", count: (firstKey.mark?.column ?? 1) - 1)
        return replace(lineEnd..<lineEnd, with: "\n" + indent + entry)
    }

    /// `key: value` for the first component, each later one a mapping inside it:
    /// `view: {x: [0, 1]}`.
    private static func nested(_ path: [OverridePath.Component], _ value: OverrideValue) -> String {
        var text = value.yaml
        for component in path.dropFirst().reversed() {
            if case let .key(key) = component { text = "{\(key): \(text)}" }
        }
        if case let .key(key) = path[0] { return "\(key): \(text)" }
        return text
    }

    /// Removes item `index` of `sequence`: its line(s) in a block list, the item and a comma in a flow list.
    private func remove(_ index: Int, of sequence: Node, inFlow: Bool) throws(SceneError) -> String {
        let items = sequence.sequence!
        let spanOf = { (i: Int) in spans.span(of: items[i], inFlow: true) }
        if spans.isFlow(sequence) {
            if index + 1 < items.count { return replace(spanOf(index).lowerBound..<spanOf(index + 1).lowerBound, with: "") }
            if index > 0 { return replace(spanOf(index - 1).upperBound..<spanOf(index).upperBound, with: "") }
            return replace(spanOf(index), with: "")
        }
        let item = spans.span(of: items[index], inFlow: false)
        var dash = item.lowerBound - 1
        while dash >= 0 && spans.text[dash] == " " { dash -= 1 }
        let lineStart = spans.startOfLine(max(dash, 0))
        guard dash >= 0, spans.text[dash] == "-", spans.text[lineStart..<dash].allSatisfy({ $0 == " " }) else {
            throw error(items[index], "", "cannot be removed: write the list one `- ` item a line")
        }
        let end = spans.endOfLine(item.upperBound)
        return replace(lineStart..<min(end + 1, spans.text.count), with: "")
    }

    private func replace(_ range: Range<Int>, with replacement: String) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: spans.text[..<range.lowerBound])
        scalars.append(contentsOf: replacement.unicodeScalars)
        scalars.append(contentsOf: spans.text[range.upperBound...])
        return String(scalars)
    }

    private func error(_ node: Node, _ field: String, _ message: String) -> SceneError {
        SceneError(file: file, line: node.mark?.line, field: field, message: message)
    }

    private static func kind(_ node: Node) -> String {
        switch node {
        case let .scalar(s): "`\(s.string.prefix(40))`"
        case .sequence: "a list"
        case .mapping: "a mapping"
        case .alias: "an alias"
        }
    }
}
