import Foundation

/// Renumbers the `image` and `surface` ids of a Cairo SVG in order of first appearance.
///
/// Cairo numbers them from a process-wide counter of surfaces, so without this the same figure
/// would get different bytes depending on what else the process drew before or at the same time.
enum SVGIdentifiers {
    static let kinds = ["image", "surface"]

    /// The SVG text with every `"image<N>`/`#image<N>` (and `surface`) renumbered from 1.
    static func normalize(_ svg: Data) -> Data {
        let bytes = [UInt8](svg)
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        var numbering: [String: [Int: Int]] = [:]
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            out.append(b)
            i += 1
            guard b == UInt8(ascii: "\"") || b == UInt8(ascii: "#") else { continue }
            for kind in kinds where matches(kind, in: bytes, at: i) {
                var j = i + kind.utf8.count
                var number = 0
                while j < bytes.count, (48...57).contains(bytes[j]), number < 1_000_000_000 {
                    number = number * 10 + Int(bytes[j] - 48)
                    j += 1
                }
                guard j > i + kind.utf8.count else { break }
                var table = numbering[kind, default: [:]]
                let renumbered = table[number] ?? table.count + 1
                table[number] = renumbered
                numbering[kind] = table
                out.append(contentsOf: Array(kind.utf8) + Array(String(renumbered).utf8))
                i = j
                break
            }
        }
        return Data(out)
    }

    private static func matches(_ word: String, in bytes: [UInt8], at index: Int) -> Bool {
        let w = Array(word.utf8)
        guard index + w.count <= bytes.count else { return false }
        return bytes[index..<(index + w.count)].elementsEqual(w)
    }
}
