import Foundation

/// The header of a NumPy `.npy` file (version 1.0–3.0): where the data start, their type, order
/// and shape, checked against the bytes there are.
public struct NPYHeader: Sendable, Equatable {
    /// NumPy's type string without quotes: `<f4`, `<f8`, `<i8`, `|b1`.
    public var descr: String
    /// Whether the data are in Fortran (column-major) order.
    public var fortran: Bool
    /// The size along each axis.
    public var shape: [Int]
    /// Offset of the first data byte.
    public var dataOffset: Int

    /// Bytes per value of the little-endian types descent reads (`<f8 <f4 <i8 <i4`), nil for others.
    public var valueSize: Int? {
        ["<f8": 8, "<f4": 4, "<i8": 8, "<i4": 4][descr]
    }

    /// NumPy's name of the type: `float32`, `int64`, or the type string for others.
    public var typeName: String {
        ["<f8": "float64", "<f4": "float32", "<i8": "int64", "<i4": "int32", "|b1": "bool", "<f2": "float16",
         "|u1": "uint8", "|i1": "int8"][descr] ?? descr
    }

    /// Parses the header at the start of `bytes` (a file of `count` bytes).
    /// - Throws: `NPYArray.Problem` for a missing magic string, an unknown version, a malformed
    ///   header, a type descent does not read, or data shorter than the shape says.
    public init(_ bytes: UnsafeRawBufferPointer) throws(NPYArray.Problem) {
        guard bytes.count >= 10, bytes[0] == 0x93, Array(bytes[1..<6]) == Array("NUMPY".utf8) else {
            throw NPYArray.Problem(message: "is not a .npy file (no \\x93NUMPY magic)")
        }
        let major = bytes[6]
        let headerLength: Int, start: Int
        if major == 1 {
            headerLength = Int(bytes[8]) | Int(bytes[9]) << 8
            start = 10
        } else if major == 2 || major == 3 {
            guard bytes.count >= 12 else { throw NPYArray.Problem(message: "is truncated") }
            headerLength = (8..<12).reduce(0) { $0 | Int(bytes[$1]) << (8 * ($1 - 8)) }
            start = 12
        } else {
            throw NPYArray.Problem(message: "has unknown .npy version \(major)")
        }
        guard start + headerLength <= bytes.count,
              let header = String(bytes: bytes[start..<(start + headerLength)], encoding: .utf8) else {
            throw NPYArray.Problem(message: "has a truncated or unreadable header")
        }
        descr = try Self.field("descr", in: header).replacingOccurrences(of: "'", with: "")
        fortran = try Self.field("fortran_order", in: header) == "True"
        shape = try Self.shape(try Self.field("shape", in: header))
        dataOffset = start + headerLength
        guard let size = valueSize else {
            throw NPYArray.Problem(message: "has data type '\(descr)'; descent reads <f8, <f4, <i8 and <i4")
        }
        // In Double: a declared shape may overflow Int; it is compared with the bytes there are
        // before anything is allocated.
        let declared = shape.reduce(1.0) { $0 * Double($1) }
        guard declared <= Double((bytes.count - dataOffset) / size) else {
            throw NPYArray.Problem(message: "is truncated: shape \(NPYArray.tuple(shape)) needs \(NumberFormat.short(declared)) values "
                                   + "(\(NumberFormat.bytes(declared * Double(size)))), the file holds \(NumberFormat.bytes(Double(bytes.count - dataOffset)))")
        }
    }

    /// The header of the `.npy` bytes `data`.
    public static func read(_ data: Data) throws(NPYArray.Problem) -> NPYHeader {
        try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Result<NPYHeader, NPYArray.Problem> in
            do throws(NPYArray.Problem) { return .success(try NPYHeader(bytes)) } catch { return .failure(error) }
        }.get()
    }

    /// Number of values: the product of the shape.
    public var count: Int { shape.reduce(1, *) }

    /// The value at `index` (in storage order) of the data in `bytes`, as a `Double`.
    @inlinable
    public func value(_ bytes: UnsafeRawBufferPointer, at index: Int) -> Double {
        let p = bytes.baseAddress! + dataOffset
        switch descr {
        case "<f8": return Double(bitPattern: UInt64(littleEndian: p.loadUnaligned(fromByteOffset: 8 * index, as: UInt64.self)))
        case "<f4": return Double(Float(bitPattern: UInt32(littleEndian: p.loadUnaligned(fromByteOffset: 4 * index, as: UInt32.self))))
        case "<i8": return Double(Int64(littleEndian: p.loadUnaligned(fromByteOffset: 8 * index, as: Int64.self)))
        default: return Double(Int32(littleEndian: p.loadUnaligned(fromByteOffset: 4 * index, as: Int32.self)))
        }
    }

    /// The dimensions of a header's shape tuple, `12, 3` or `12,`: whole numbers, at most 8.
    private static func shape(_ text: String) throws(NPYArray.Problem) -> [Int] {
        if text.trimmingCharacters(in: .whitespaces).isEmpty { return [] }
        var dimensions: [Int] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let item = part.trimmingCharacters(in: .whitespaces)
            if item.isEmpty, part.endIndex == text.endIndex, !dimensions.isEmpty { continue }
            guard let n = Int(item), n >= 0 else { throw NPYArray.Problem(message: "has a bad shape (\(text))") }
            dimensions.append(n)
        }
        guard dimensions.count <= 8 else { throw NPYArray.Problem(message: "has a bad shape (\(text))") }
        return dimensions
    }

    /// The text of `'key': value` in a header dictionary (a tuple's parentheses kept out).
    private static func field(_ key: String, in header: String) throws(NPYArray.Problem) -> String {
        guard let range = header.range(of: "'\(key)':") else { throw NPYArray.Problem(message: "header has no '\(key)'") }
        let rest = header[range.upperBound...].trimmingCharacters(in: .whitespaces)
        if rest.hasPrefix("(") {
            guard let close = rest.firstIndex(of: ")") else { throw NPYArray.Problem(message: "header has a bad '\(key)'") }
            return String(rest[rest.index(after: rest.startIndex)..<close])
        }
        let end = rest.firstIndex(where: { $0 == "," || $0 == "}" }) ?? rest.endIndex
        return rest[..<end].trimmingCharacters(in: .whitespaces)
    }
}
