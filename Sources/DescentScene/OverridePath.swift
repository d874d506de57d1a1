/// A key path into a scene file, as errors print it: `runs[0].lr`, `sweep.values[2]`,
/// `runs[1].lr.exponential_decay.decay_rate`.
public struct OverridePath: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// One step of a path: a mapping key or a list index.
    public enum Component: Hashable, Sendable {
        /// A key of a mapping.
        case key(String)
        /// A 0-based index into a list.
        case index(Int)
    }

    /// The steps from the document's root.
    public let components: [Component]

    /// A path from its steps.
    public init(_ components: [Component]) { self.components = components }

    /// Parses `text`; nil unless it is keys (letters, digits, `_`, not starting with a digit)
    /// joined by `.`, each followed by any number of `[N]`.
    public init?(_ text: String) {
        var components: [Component] = []
        var rest = Substring(text)
        while !rest.isEmpty {
            if !components.isEmpty {
                if rest.first == "." { rest = rest.dropFirst() } else if rest.first != "[" { return nil }
            }
            if rest.first == "[" {
                guard !components.isEmpty, let close = rest.firstIndex(of: "]"),
                      let index = Int(rest[rest.index(after: rest.startIndex)..<close]), index >= 0,
                      rest[rest.index(after: rest.startIndex)..<close].allSatisfy(\.isASCII) else { return nil }
                components.append(.index(index))
                rest = rest[rest.index(after: close)...]
                continue
            }
            let key = rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
            guard let first = key.first, !first.isNumber else { return nil }
            components.append(.key(String(key)))
            rest = rest.dropFirst(key.count)
        }
        guard !components.isEmpty else { return nil }
        self.components = components
    }

    /// The path as written: `runs[0].lr`.
    public var description: String { Self.text(components[...]) }

    /// The first `count` steps, as text.
    func prefix(_ count: Int) -> String { Self.text(components.prefix(count)) }

    /// The first key, which names the scene block (`runs`, `view`, `surface`).
    public var block: String {
        if case let .key(key) = components[0] { key } else { "" }
    }

    /// Orders paths by their text, so a set of overrides is applied in one order.
    public static func < (a: OverridePath, b: OverridePath) -> Bool { a.description < b.description }

    private static func text(_ components: ArraySlice<Component>) -> String {
        var out = ""
        for component in components {
            switch component {
            case let .key(key): out += out.isEmpty ? key : ".\(key)"
            case let .index(index): out += "[\(index)]"
            }
        }
        return out
    }
}
