import Descent
import Foundation
import Yams

/// A node of a scene file with where it is (file, line, key path), read into typed values
/// with errors that say where and what.
struct YAMLValue {
    let node: Node
    let file: String
    /// Key path from the document root, e.g. `runs[2].lr`.
    let path: String

    var line: Int? { node.mark?.line }

    func error(_ message: String) -> SceneError {
        SceneError(file: file, line: line, field: path, message: message)
    }

    /// The scalar text as written, or nil for mappings and sequences.
    var scalarText: String? { node.scalar?.string }

    /// How the value reads in a message: its text, or what kind of node it is.
    var shown: String {
        if let s = scalarText { return s.isEmpty ? "nothing" : "`\(s.prefix(40))`" }
        return node.mapping != nil ? "a mapping" : "a list"
    }

    func child(_ node: Node, key: String) -> YAMLValue {
        YAMLValue(node: node, file: file, path: path.isEmpty ? key : "\(path).\(key)")
    }

    // MARK: Scalars

    func string() throws(SceneError) -> String {
        guard let s = scalarText else { throw error("must be text, got \(shown)") }
        return s
    }

    /// A finite number.
    func number() throws(SceneError) -> Double {
        guard let text = scalarText,
              let value = Double(text.replacingOccurrences(of: "_", with: ""))
                ?? Self.yamlSpecialNumber(text)
        else { throw error("must be a number, got \(shown)") }
        guard value.isFinite else { throw error("must be a finite number, got \(shown)") }
        return value
    }

    /// A number satisfying `condition`, described as `requirement` ("> 0") in the error.
    func number(_ requirement: String, _ condition: (Double) -> Bool) throws(SceneError) -> Double {
        let value = try number()
        guard condition(value) else { throw error("must be \(requirement), got \(NumberFormat.plain(value))") }
        return value
    }

    /// A whole number in `range`.
    func integer(in range: ClosedRange<Int>) throws(SceneError) -> Int {
        let value = try number()
        guard value == value.rounded() else { throw error("must be a whole number, got \(NumberFormat.plain(value))") }
        guard value >= Double(range.lowerBound) && value <= Double(range.upperBound) else {
            throw error("must be between \(range.lowerBound) and \(range.upperBound), got \(NumberFormat.plain(value))")
        }
        return Int(value)
    }

    func bool() throws(SceneError) -> Bool {
        switch scalarText {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: throw error("must be true or false, got \(shown)")
        }
    }

    /// One of `choices` (the names of an enum's cases), with a hint when misspelled.
    func choice(_ choices: [String], what: String) throws(SceneError) -> String {
        let s = try string()
        guard choices.contains(s) else {
            let hint = Suggestion.hint(for: s, among: choices)
            throw error("unknown \(what) `\(s)`" + (hint.isEmpty ? "; expected one of \(choices.joined(separator: ", "))" : hint))
        }
        return s
    }

    private static func yamlSpecialNumber(_ text: String) -> Double? {
        switch text.lowercased() {
        case ".inf", "+.inf": .infinity
        case "-.inf": -.infinity
        case ".nan": .nan
        default: nil
        }
    }

    // MARK: Collections

    func sequence() throws(SceneError) -> [YAMLValue] {
        guard let items = node.sequence else { throw error("must be a list, got \(shown)") }
        return items.enumerated().map { index, item in
            YAMLValue(node: item, file: file, path: "\(path)[\(index)]")
        }
    }

    /// A list of exactly two finite numbers.
    func pair() throws(SceneError) -> (Double, Double) {
        guard node.sequence != nil else { throw error("must be a list of two numbers, got \(shown)") }
        let items = try sequence()
        guard items.count == 2 else { throw error("must be a list of two numbers, got \(items.count) items") }
        return (try items[0].number(), try items[1].number())
    }

    /// A mapping whose keys are all among `allowed`; duplicated or unknown keys are errors, an
    /// unknown key with a "did you mean" hint or else the keys allowed. Every bad key of the
    /// mapping is reported, one problem each.
    func mapping(allowed: [String], context: String? = nil) throws(SceneError) -> YAMLMapping {
        var problems = ProblemList()
        let mapping = try mapping(allowed: allowed, context: context, problems: &problems)
        try problems.check()
        return mapping
    }

    /// The mapping of the keys among `allowed`, each bad key (duplicated, unknown, not a
    /// name) added to `problems` and left out; keys in `reported` are left out silently (the
    /// caller has said what is wrong with them).
    func mapping(allowed: [String], context: String? = nil, reported: [String] = [],
                 problems: inout ProblemList) throws(SceneError) -> YAMLMapping {
        guard let mapping = node.mapping else { throw error("must be a mapping of keys to values, got \(shown)") }
        var entries: [(key: String, value: YAMLValue)] = []
        var keyLines: [String: Int] = [:]
        for (keyNode, valueNode) in mapping {
            guard let key = keyNode.scalar?.string else {
                problems.add(YAMLValue(node: keyNode, file: file, path: path).error("keys must be names"))
                continue
            }
            let keyValue = YAMLValue(node: keyNode, file: file, path: path.isEmpty ? key : "\(path).\(key)")
            if let first = keyLines[key] {
                problems.add(keyValue.error("given twice (first on line \(first))"))
                continue
            }
            keyLines[key] = keyValue.line ?? 0
            if reported.contains(key) { continue }
            guard allowed.contains(key) else {
                let scope = context.map { " for \($0)" } ?? ""
                let hint = Suggestion.hint(for: key, among: allowed)
                problems.add(keyValue.error("unknown key\(scope)"
                                            + (hint.isEmpty ? "; expected one of \(allowed.joined(separator: ", "))" : hint)))
                continue
            }
            entries.append((key, child(valueNode, key: key)))
        }
        return YAMLMapping(owner: self, entries: entries)
    }
}

/// A checked mapping: its values by key.
struct YAMLMapping {
    let owner: YAMLValue
    let entries: [(key: String, value: YAMLValue)]

    subscript(_ key: String) -> YAMLValue? { entries.first { $0.key == key }?.value }

    var keys: [String] { entries.map(\.key) }

    /// The value at `key`, or an error saying it is missing.
    func required(_ key: String) throws(SceneError) -> YAMLValue {
        guard let value = self[key] else { throw owner.error("missing `\(key)`") }
        return value
    }
}
