import Descent
import Foundation

/// A value given for a scene key from outside the file (a JSON value from the live preview),
/// written into the scene's YAML as flow text.
public indirect enum OverrideValue: Equatable, Sendable, Codable {
    /// A number.
    case number(Double)
    /// Text.
    case string(String)
    /// `true` or `false`.
    case bool(Bool)
    /// A list, written `[a, b]`.
    case list([OverrideValue])
    /// A mapping, written `{key: value}` with its keys in order.
    case mapping([(key: String, value: OverrideValue)])
    /// JSON's `null`: the list item at the path is removed.
    case remove

    /// Decodes any JSON value; a mapping's keys come in sorted order (JSON objects have none).
    public init(from decoder: any Decoder) throws {
        let single = try decoder.singleValueContainer()
        if single.decodeNil() {
            self = .remove
        } else if let flag = try? single.decode(Bool.self) {
            self = .bool(flag)
        } else if let number = try? single.decode(Double.self) {
            self = .number(number)
        } else if let text = try? single.decode(String.self) {
            self = .string(text)
        } else if let items = try? single.decode([OverrideValue].self) {
            self = .list(items)
        } else {
            let entries = try single.decode([String: OverrideValue].self)
            self = .mapping(entries.keys.sorted().map { ($0, entries[$0]!) })
        }
    }

    /// Encodes the value as the JSON it was decoded from.
    public func encode(to encoder: any Encoder) throws {
        var single = encoder.singleValueContainer()
        switch self {
        case let .number(value): try single.encode(value)
        case let .string(text): try single.encode(text)
        case let .bool(flag): try single.encode(flag)
        case let .list(items): try single.encode(items)
        case let .mapping(entries): try single.encode(Dictionary(entries.map { ($0.key, $0.value) }) { first, _ in first })
        case .remove: try single.encodeNil()
        }
    }

    /// Equal kinds with equal contents (mappings in the same key order).
    public static func == (a: OverrideValue, b: OverrideValue) -> Bool {
        switch (a, b) {
        case let (.number(x), .number(y)): x == y
        case let (.string(x), .string(y)): x == y
        case let (.bool(x), .bool(y)): x == y
        case let (.list(x), .list(y)): x == y
        case let (.mapping(x), .mapping(y)): x.map(\.key) == y.map(\.key) && x.map(\.value) == y.map(\.value)
        case (.remove, .remove): true
        default: false
        }
    }

    /// The value as YAML flow text: numbers as their shortest exact text (whole numbers
    /// without a fraction), strings as JSON string literals (which YAML reads as they are), lists and mappings in
    /// brackets and braces.
    public var yaml: String {
        switch self {
        case let .number(value): Self.number(value)
        case let .string(text): TraceExport.jsonString(text)
        case let .bool(flag): flag ? "true" : "false"
        case let .list(items): "[" + items.map(\.yaml).joined(separator: ", ") + "]"
        case let .mapping(entries): "{" + entries.map { "\(Self.key($0.key)): \($0.value.yaml)" }.joined(separator: ", ") + "}"
        case .remove: "null"
        }
    }

    /// Every string inside the value, nested ones included.
    var strings: [String] {
        switch self {
        case let .string(text): [text]
        case let .list(items): items.flatMap(\.strings)
        case let .mapping(entries): entries.flatMap(\.value.strings)
        default: []
        }
    }

    /// How deeply lists and mappings nest inside the value (0 for a scalar).
    var depth: Int {
        switch self {
        case let .list(items): 1 + (items.map(\.depth).max() ?? 0)
        case let .mapping(entries): 1 + (entries.map(\.value.depth).max() ?? 0)
        default: 0
        }
    }

    private static func number(_ value: Double) -> String {
        if value.isNaN { return ".nan" }
        if value.isInfinite { return value > 0 ? ".inf" : "-.inf" }
        if value == value.rounded() && abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// A mapping key: plain when it is a name, quoted otherwise.
    private static func key(_ text: String) -> String {
        let plain = !text.isEmpty && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
        return plain ? text : TraceExport.jsonString(text)
    }
}
