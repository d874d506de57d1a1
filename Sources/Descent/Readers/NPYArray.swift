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
        let read = data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Result<([Int], [Double]), Problem> in
            do throws(Problem) {
                let header = try NPYHeader(bytes)
                var values = (0..<header.count).map { header.value(bytes, at: $0) }
                if header.fortran && header.shape.count == 2 {
                    let (r, c) = (header.shape[0], header.shape[1])
                    values = (0..<(r * c)).map { values[($0 % c) * r + $0 / c] }
                } else if header.fortran && header.shape.count > 2 {
                    return .failure(Problem(message: "is in Fortran order with \(header.shape.count) dimensions; save it in C order"))
                }
                return .success((header.shape, values))
            } catch {
                return .failure(error)
            }
        }
        (shape, values) = try read.get()
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

    /// `(12, 3)`, `(12,)`, as NumPy writes a shape.
    public static func tuple(_ shape: [Int]) -> String {
        shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
    }
}
