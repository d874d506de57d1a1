import Foundation

/// A numeric array in NumPy's `.npy` format (version 1.0–3.0): little-endian float64, float32
/// or integer data, C or Fortran order, any shape. Read into `Double`s in C order; written as
/// float64, version 1.0, C order.
public struct NPYArray: Sendable, Equatable {
    /// The size along each axis; the product is `values.count`.
    public var shape: [Int]
    /// The elements in C (row-major) order.
    public var values: [Double]

    /// Why bytes are not a readable `.npy` array.
    public struct Problem: Error, Equatable {
        /// What is wrong, in lower case.
        public let message: String
    }

    /// An array of `shape` holding `values` in C order.
    public init(shape: [Int], values: [Double]) {
        precondition(shape.reduce(1, *) == values.count)
        self.shape = shape
        self.values = values
    }

    /// Reads the bytes of a `.npy` file.
    /// - Throws: `Problem` for a missing magic string, an unknown version, a malformed header, an unsupported data type or layout, or truncated data.
    public init(data: Data) throws(Problem) {
        let bytes = [UInt8](data)
        guard bytes.count >= 10, bytes[0] == 0x93, Array(bytes[1..<6]) == Array("NUMPY".utf8) else {
            throw Problem(message: "is not a .npy file (no \\x93NUMPY magic)")
        }
        let major = bytes[6]
        let headerLength: Int, start: Int
        if major == 1 {
            headerLength = Int(bytes[8]) | Int(bytes[9]) << 8
            start = 10
        } else if major == 2 || major == 3 {
            guard bytes.count >= 12 else { throw Problem(message: "is truncated") }
            headerLength = (8..<12).reduce(0) { $0 | Int(bytes[$1]) << (8 * ($1 - 8)) }
            start = 12
        } else {
            throw Problem(message: "has unknown .npy version \(major)")
        }
        guard start + headerLength <= bytes.count,
              let header = String(bytes: bytes[start..<(start + headerLength)], encoding: .utf8) else {
            throw Problem(message: "has a truncated or unreadable header")
        }
        let descr = try Self.field("descr", in: header)
        let fortran = try Self.field("fortran_order", in: header) == "True"
        let shapeText = try Self.field("shape", in: header)
        let shape = try Self.shape(shapeText)
        let kinds: [String: (Int, ([UInt8]) -> Double)] = [
            "<f8": (8, { Double(bitPattern: Self.word($0)) }),
            "<f4": (4, { Double(Float(bitPattern: UInt32(truncatingIfNeeded: Self.word($0)))) }),
            "<i8": (8, { Double(Int64(bitPattern: Self.word($0))) }),
            "<i4": (4, { Double(Int32(bitPattern: UInt32(truncatingIfNeeded: Self.word($0)))) }),
        ]
        guard let (size, decode) = kinds[descr.replacingOccurrences(of: "'", with: "")] else {
            throw Problem(message: "has data type \(descr); descent reads <f8, <f4, <i8 and <i4")
        }
        let body = start + headerLength
        // In Double: a declared shape may overflow Int; it is compared with the bytes there are
        // before anything is allocated.
        let declared = shape.reduce(1.0) { $0 * Double($1) }
        guard declared <= Double((bytes.count - body) / size) else {
            throw Problem(message: "is truncated: shape \(Self.tuple(shape)) needs \(NumberFormat.short(declared)) values "
                          + "(\(NumberFormat.bytes(declared * Double(size)))), the file holds \(NumberFormat.bytes(Double(bytes.count - body)))")
        }
        let count = Int(declared)
        var values = (0..<count).map { decode(Array(bytes[(body + $0 * size)..<(body + ($0 + 1) * size)])) }
        if fortran && shape.count == 2 {
            let (r, c) = (shape[0], shape[1])
            values = (0..<(r * c)).map { values[($0 % c) * r + $0 / c] }
        } else if fortran && shape.count > 2 {
            throw Problem(message: "is in Fortran order with \(shape.count) dimensions; save it in C order")
        }
        self.shape = shape
        self.values = values
    }

    /// The array as `.npy` bytes: float64, C order, version 1.0, header padded to 64 bytes.
    public var data: Data {
        var header = "{'descr': '<f8', 'fortran_order': False, 'shape': \(Self.tuple(shape)), }"
        let total = 10 + header.utf8.count + 1
        header += String(repeating: " ", count: (64 - total % 64) % 64) + "\n"
        var out = Data([0x93] + Array("NUMPY".utf8) + [1, 0])
        let length = header.utf8.count
        out.append(contentsOf: [UInt8(length & 0xff), UInt8(length >> 8)])
        out.append(contentsOf: Array(header.utf8))
        for v in values { withUnsafeBytes(of: v.bitPattern.littleEndian) { out.append(contentsOf: $0) } }
        return out
    }

    /// The dimensions of a header's shape tuple, `12, 3` or `12,`: whole numbers, at most 8.
    private static func shape(_ text: String) throws(Problem) -> [Int] {
        if text.trimmingCharacters(in: .whitespaces).isEmpty { return [] }
        var dimensions: [Int] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let item = part.trimmingCharacters(in: .whitespaces)
            if item.isEmpty, part.endIndex == text.endIndex, !dimensions.isEmpty { continue }
            guard let n = Int(item), n >= 0 else { throw Problem(message: "has a bad shape (\(text))") }
            dimensions.append(n)
        }
        guard dimensions.count <= 8 else { throw Problem(message: "has a bad shape (\(text))") }
        return dimensions
    }

    /// `(12, 3)`, `(12,)`, as NumPy writes a shape.
    public static func tuple(_ shape: [Int]) -> String {
        shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
    }

    private static func word(_ b: [UInt8]) -> UInt64 {
        b.enumerated().reduce(0) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
    }

    /// The text of `'key': value` in a header dictionary (a tuple's parentheses kept out).
    private static func field(_ key: String, in header: String) throws(Problem) -> String {
        guard let range = header.range(of: "'\(key)':") else { throw Problem(message: "header has no '\(key)'") }
        let rest = header[range.upperBound...].trimmingCharacters(in: .whitespaces)
        if rest.hasPrefix("(") {
            guard let close = rest.firstIndex(of: ")") else { throw Problem(message: "header has a bad '\(key)'") }
            return String(rest[rest.index(after: rest.startIndex)..<close])
        }
        let end = rest.firstIndex(where: { $0 == "," || $0 == "}" }) ?? rest.endIndex
        return rest[..<end].trimmingCharacters(in: .whitespaces)
    }
}
