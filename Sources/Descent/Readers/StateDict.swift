import CZlib
import Foundation

/// One tensor of a saved state dict: its type, shape and values (read into `Double`).
public struct StoredTensor: Sendable, Equatable {
    /// NumPy's name of the stored type: `float32`, `float64`, `int64`, `bfloat16`...
    public var dtype: String
    /// The tensor's shape; empty for a scalar.
    public var shape: [Int]
    /// The values in C order; empty for types descent does not read.
    public var values: [Double]
}

/// A PyTorch `state_dict` saved with `safetensors.torch.save_file` (`.safetensors`) or with
/// `numpy.savez` / `numpy.savez_compressed` (`.npz`): tensors by name.
public struct StateDict: Sendable {
    /// The tensors, by their state-dict names.
    public var tensors: [String: StoredTensor]

    /// Why a file is not a readable state dict.
    public struct Problem: Error, Equatable {
        /// What is wrong, in lower case.
        public let message: String
    }

    /// Reads `data` as the format `pathExtension` names (`safetensors` or `npz`).
    public init(data: Data, pathExtension: String) throws(Problem) {
        switch pathExtension.lowercased() {
        case "safetensors": tensors = try Self.safetensors(data)
        case "npz": tensors = try Self.npz(data)
        default: throw Problem(message: "unknown weights format `.\(pathExtension)`; expected .safetensors or .npz")
        }
    }

    /// The safetensors layout: an 8-byte little-endian header length, a JSON header of
    /// `{name: {dtype, shape, data_offsets}}`, then the data.
    static func safetensors(_ data: Data) throws(Problem) -> [String: StoredTensor] {
        let bytes = [UInt8](data)
        guard bytes.count >= 8 else { throw Problem(message: "is not a safetensors file (shorter than its header length)") }
        let length = (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[$1]) << (8 * UInt64($1)) }
        guard length <= UInt64(bytes.count - 8),
              let header = try? JSONSerialization.jsonObject(with: Data(bytes[8..<(8 + Int(length))])) as? [String: Any] else {
            throw Problem(message: "is not a safetensors file (no JSON header)")
        }
        let body = 8 + Int(length)
        let types = ["F32": "float32", "F64": "float64", "F16": "float16", "BF16": "bfloat16", "I64": "int64",
                     "I32": "int32", "I16": "int16", "I8": "int8", "U8": "uint8", "BOOL": "bool"]
        var tensors: [String: StoredTensor] = [:]
        for (name, entry) in header where name != "__metadata__" {
            guard let entry = entry as? [String: Any], let dtype = entry["dtype"] as? String,
                  let shape = entry["shape"] as? [Int], shape.allSatisfy({ $0 >= 0 }),
                  let offsets = entry["data_offsets"] as? [Int], offsets.count == 2,
                  0 <= offsets[0], offsets[0] <= offsets[1], offsets[1] <= bytes.count - body else {
                throw Problem(message: "has a malformed header entry for tensor \(name)")
            }
            let type = types[dtype] ?? dtype
            let count = shape.reduce(1.0) { $0 * Double($1) }
            let size = ["float32": 4, "float64": 8, "int64": 8][type]
            var values: [Double] = []
            if let size {
                guard count * Double(size) == Double(offsets[1] - offsets[0]) else {
                    throw Problem(message: "tensor \(name): shape \(NPYArray.tuple(shape)) of \(type) needs \(NumberFormat.short(count * Double(size))) bytes, the file holds \(offsets[1] - offsets[0])")
                }
                let start = body + offsets[0]
                values = bytes.withUnsafeBytes { raw in
                    (0..<Int(count)).map { i -> Double in
                        switch type {
                        case "float32": Double(Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: start + 4 * i, as: UInt32.self))))
                        case "float64": Double(bitPattern: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: start + 8 * i, as: UInt64.self)))
                        default: Double(Int64(littleEndian: raw.loadUnaligned(fromByteOffset: start + 8 * i, as: Int64.self)))
                        }
                    }
                }
            }
            tensors[name] = StoredTensor(dtype: type, shape: shape, values: values)
        }
        return tensors
    }

    /// A zip archive of `NAME.npy` members, stored or deflated (numpy writes Zip64 local headers,
    /// so sizes are taken from the central directory).
    static func npz(_ data: Data) throws(Problem) -> [String: StoredTensor] {
        let bytes = [UInt8](data)
        func u16(_ i: Int) -> Int { Int(bytes[i]) | Int(bytes[i + 1]) << 8 }
        func u32(_ i: Int) -> Int { u16(i) | u16(i + 2) << 16 }
        func u64(_ i: Int) -> Int { u32(i) | u32(i + 4) << 32 }
        guard bytes.count >= 22,
              let end = stride(from: bytes.count - 22, through: max(0, bytes.count - 22 - 65_535), by: -1).first(where: { u32($0) == 0x0605_4B50 }) else {
            throw Problem(message: "is not an .npz file (no zip directory)")
        }
        let entries = u16(end + 10)
        var position = u32(end + 16)
        var tensors: [String: StoredTensor] = [:]
        for _ in 0..<entries {
            guard position + 46 <= bytes.count, u32(position) == 0x0201_4B50 else { throw Problem(message: "has a damaged zip directory") }
            let method = u16(position + 10)
            var compressed = u32(position + 20), size = u32(position + 24)
            let nameLength = u16(position + 28), extraLength = u16(position + 30), commentLength = u16(position + 32)
            var local = u32(position + 42)
            guard position + 46 + nameLength + extraLength <= bytes.count,
                  let file = String(bytes: bytes[(position + 46)..<(position + 46 + nameLength)], encoding: .utf8) else {
                throw Problem(message: "has a damaged zip directory")
            }
            // Zip64: the sizes and offset that do not fit 32 bits follow in extra field 0x0001.
            var extra = position + 46 + nameLength
            let extraEnd = extra + extraLength
            while extra + 4 <= extraEnd {
                let id = u16(extra), length = u16(extra + 2)
                if id == 1 {
                    var field = extra + 4
                    for slot in 0..<3 {
                        let wide = slot == 0 ? size == 0xFFFF_FFFF : slot == 1 ? compressed == 0xFFFF_FFFF : local == 0xFFFF_FFFF
                        guard wide, field + 8 <= extra + 4 + length else { continue }
                        if slot == 0 { size = u64(field) } else if slot == 1 { compressed = u64(field) } else { local = u64(field) }
                        field += 8
                    }
                }
                extra += 4 + length
            }
            position = extraEnd + commentLength
            guard local + 30 <= bytes.count, u32(local) == 0x0403_4B50 else { throw Problem(message: "member \(file) is damaged") }
            let start = local + 30 + u16(local + 26) + u16(local + 28)
            guard start + compressed <= bytes.count else { throw Problem(message: "member \(file) is truncated") }
            let member: [UInt8]
            switch method {
            case 0: member = Array(bytes[start..<(start + compressed)])
            case 8: member = try Self.inflate(Array(bytes[start..<(start + compressed)]), size: size, name: file)
            default: throw Problem(message: "member \(file) uses zip compression method \(method); save with numpy.savez or numpy.savez_compressed")
            }
            let name = file.hasSuffix(".npy") ? String(file.dropLast(4)) : file
            tensors[name] = try Self.npy(Data(member), name: name)
        }
        return tensors
    }

    /// A member `.npy` array; a type descent does not read gives a tensor without values, which
    /// the model's check reports with its name.
    private static func npy(_ data: Data, name: String) throws(Problem) -> StoredTensor {
        let header: NPYHeader
        do {
            header = try NPYHeader.read(data)
        } catch {
            if error.message.hasPrefix("has data type") {
                return StoredTensor(dtype: Self.unreadableType(error.message), shape: [], values: [])
            }
            throw Problem(message: "tensor \(name) \(error.message)")
        }
        guard !header.fortran || header.shape.count < 2 else {
            throw Problem(message: "tensor \(name) is in Fortran order; save it in C order")
        }
        let values = data.withUnsafeBytes { raw in (0..<header.count).map { header.value(raw, at: $0) } }
        return StoredTensor(dtype: header.typeName, shape: header.shape, values: values)
    }

    /// `'<f2'` from `has data type '<f2'; ...`, named as NumPy names it where known.
    private static func unreadableType(_ message: String) -> String {
        let parts = message.split(separator: "'")
        let descr = parts.count > 1 ? String(parts[1]) : "unknown"
        return ["<f2": "float16", "|b1": "bool", "|u1": "uint8", "|i1": "int8", "<i2": "int16", "<c8": "complex64", "<c16": "complex128"][descr] ?? descr
    }

    /// Raw deflate (zip method 8) through zlib, to exactly `size` bytes.
    private static func inflate(_ input: [UInt8], size: Int, name: String) throws(Problem) -> [UInt8] {
        guard size <= 1 << 32 else { throw Problem(message: "member \(name) is too large") }
        var output = [UInt8](repeating: 0, count: max(size, 1))
        var stream = z_stream()
        guard inflateInit2_(&stream, -15, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Problem(message: "member \(name): cannot start zlib")
        }
        defer { inflateEnd(&stream) }
        var input = input
        let status = input.withUnsafeMutableBufferPointer { i in
            output.withUnsafeMutableBufferPointer { o in
                stream.next_in = i.baseAddress
                stream.avail_in = UInt32(i.count)
                stream.next_out = o.baseAddress
                stream.avail_out = UInt32(o.count)
                return CZlib.inflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END, Int(stream.total_out) == size else {
            throw Problem(message: "member \(name) does not inflate to its \(size) bytes")
        }
        return Array(output.prefix(size))
    }
}
