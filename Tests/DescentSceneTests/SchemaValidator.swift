import Foundation
import Yams

/// A JSON value, as a scene's YAML reads (YAML 1.1 scalars resolved by Yams).
indirect enum JSONValue: Equatable {
    case null, bool(Bool), number(Double), string(String), array([JSONValue]), object([String: JSONValue])

    /// The value of a YAML document.
    init(yaml: String) throws {
        self.init(try Yams.load(yaml: yaml) as Any)
    }

    /// The value of `any` from Yams or JSONSerialization.
    init(_ any: Any?) {
        switch any {
        case nil, is NSNull: self = .null
        case let b as Bool: self = .bool(b)
        case let i as Int: self = .number(Double(i))
        case let d as Double: self = .number(d)
        case let n as NSNumber: self = .number(n.doubleValue)
        case let s as String: self = .string(s)
        case let a as [Any]: self = .array(a.map { JSONValue($0) })
        case let m as [String: Any]: self = .object(m.mapValues { JSONValue($0) })
        case let m as [AnyHashable: Any]:
            self = .object(Dictionary(uniqueKeysWithValues: m.map { ("\($0.key.base)", JSONValue($0.value)) }))
        default: self = .string("\(any!)")
        }
    }
}

/// A JSON Schema (draft-07) validator for the keywords descent's schema uses, and only those
/// (`keywords`): a test checks the schema uses no other, so none is silently ignored.
struct SchemaValidator {
    let root: [String: Any]

    static let keywords: Set<String> = [
        "type", "enum", "const", "properties", "additionalProperties", "required", "propertyNames",
        "minProperties", "maxProperties", "items", "minItems", "maxItems", "uniqueItems", "minimum", "maximum",
        "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength", "pattern", "anyOf", "allOf", "if", "then",
        "$ref",
    ]
    /// Keywords that describe and never constrain.
    static let annotations: Set<String> = ["$schema", "title", "description", "definitions"]

    /// Why `value` fails `schema` (the root by default), one line each; empty when it is valid.
    func errors(_ value: JSONValue, _ schema: [String: Any]? = nil, at path: String = "") -> [String] {
        let schema = schema ?? root
        var errors: [String] = []
        func fail(_ message: String) { errors.append("\(path.isEmpty ? "(root)" : path): \(message)") }
        if let ref = schema["$ref"] as? String {
            let name = String(ref.dropFirst("#/definitions/".count))
            guard let target = (root["definitions"] as? [String: Any])?[name] as? [String: Any] else { return ["bad $ref \(ref)"] }
            errors += self.errors(value, target, at: path)
        }
        if let type = schema["type"] as? String, !Self.has(value, type: type) { fail("is not of type \(type)") }
        if let options = schema["enum"] as? [Any], !options.contains(where: { JSONValue($0) == value }) { fail("is not one of the allowed values") }
        if let constant = schema["const"], JSONValue(constant) != value { fail("is not \(constant)") }
        switch value {
        case let .object(members):
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for (key, member) in members {
                if let sub = properties[key] as? [String: Any] {
                    errors += self.errors(member, sub, at: path.isEmpty ? key : "\(path).\(key)")
                } else if let extra = schema["additionalProperties"] {
                    if let allowed = extra as? Bool, !allowed { fail("has no property `\(key)`") }
                    if let sub = extra as? [String: Any] { errors += self.errors(member, sub, at: "\(path).\(key)") }
                }
                if let names = schema["propertyNames"] as? [String: Any], !self.errors(.string(key), names).isEmpty {
                    fail("may not have the key `\(key)`")
                }
            }
            for key in schema["required"] as? [String] ?? [] where members[key] == nil { fail("lacks `\(key)`") }
            if let least = schema["minProperties"] as? Int, members.count < least { fail("has fewer than \(least) keys") }
            if let most = schema["maxProperties"] as? Int, members.count > most { fail("has more than \(most) keys") }
        case let .array(items):
            if let sub = schema["items"] as? [String: Any] {
                for (i, item) in items.enumerated() { errors += self.errors(item, sub, at: "\(path)[\(i)]") }
            }
            if let least = schema["minItems"] as? Int, items.count < least { fail("has fewer than \(least) items") }
            if let most = schema["maxItems"] as? Int, items.count > most { fail("has more than \(most) items") }
            if schema["uniqueItems"] as? Bool == true {
                for (i, item) in items.enumerated() where items[..<i].contains(item) { fail("repeats an item") }
            }
        case let .number(x):
            if let bound = Self.number(schema["minimum"]), x < bound { fail("is below \(Self.text(bound))") }
            if let bound = Self.number(schema["maximum"]), x > bound { fail("is above \(Self.text(bound))") }
            if let bound = Self.number(schema["exclusiveMinimum"]), x <= bound { fail("is not above \(Self.text(bound))") }
            if let bound = Self.number(schema["exclusiveMaximum"]), x >= bound { fail("is not below \(Self.text(bound))") }
        case let .string(s):
            if let least = schema["minLength"] as? Int, s.count < least { fail("is shorter than \(least)") }
            if let most = schema["maxLength"] as? Int, s.count > most { fail("is longer than \(most)") }
            if let pattern = schema["pattern"] as? String, s.range(of: pattern, options: .regularExpression) == nil {
                fail("does not match \(pattern)")
            }
        default: break
        }
        if let all = schema["allOf"] as? [[String: Any]] {
            for sub in all { errors += self.errors(value, sub, at: path) }
        }
        if let any = schema["anyOf"] as? [[String: Any]], !any.contains(where: { self.errors(value, $0, at: path).isEmpty }) {
            fail("matches none of the alternatives")
        }
        if let condition = schema["if"] as? [String: Any], self.errors(value, condition, at: path).isEmpty,
           let then = schema["then"] as? [String: Any] {
            errors += self.errors(value, then, at: path)
        }
        return errors
    }

    static func has(_ value: JSONValue, type: String) -> Bool {
        switch (type, value) {
        case ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool), ("null", .null), ("number", .number):
            return true
        case let ("integer", .number(x)): return x == x.rounded()
        default: return false
        }
    }

    static func text(_ x: Double) -> String { String(format: "%g", x) }

    static func number(_ any: Any?) -> Double? {
        switch any {
        case let i as Int: Double(i)
        case let d as Double: d
        default: nil
        }
    }
}
