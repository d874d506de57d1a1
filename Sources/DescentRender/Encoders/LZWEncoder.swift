import Synchronization

/// GIF's variable-length LZW compression of 8-bit palette indices (GIF89a, appendix F), with a
/// minimum code size of 8: codes start 9 bits wide, grow to 12, and the table is cleared when full.
enum LZWEncoder {
    static let minimumCodeSize = 8
    static let clearCode = 1 << minimumCodeSize
    static let endCode = clearCode + 1
    static let maximumCode = 4095

    /// The compressed codes of `indices` (clear code first, end code last), packed LSB first,
    /// not yet split into sub-blocks; `table` is left empty again for the next call.
    static func encode(_ indices: UnsafeBufferPointer<UInt8>, table: LZWTable = LZWTable()) -> [UInt8] {
        table.strings.withLock { encode(indices, strings: &$0) }
    }

    private static func encode(_ indices: UnsafeBufferPointer<UInt8>, strings: inout LZWTable.Strings) -> [UInt8] {
        var bits = BitPacker()
        var codeSize = minimumCodeSize + 1
        var lastCode = endCode
        bits.append(clearCode, width: codeSize)
        guard var current = indices.first.map(Int.init) else {
            bits.append(endCode, width: codeSize)
            return bits.finish()
        }
        defer { strings.clear() }
        strings.codes.withUnsafeMutableBufferPointer { table in
            for next in indices.dropFirst() {
                let slot = current << 8 | Int(next)
                let code = table[slot]
                if code != 0 {
                    current = Int(code)
                    continue
                }
                bits.append(current, width: codeSize)
                current = Int(next)
                // The string gets the next code; codes widen when the decoder's will.
                lastCode += 1
                table[slot] = UInt16(lastCode)
                strings.added.append(slot)
                if lastCode >= 1 << codeSize && codeSize < 12 { codeSize += 1 }
                if lastCode == maximumCode {
                    bits.append(clearCode, width: codeSize)
                    for slot in strings.added { table[slot] = 0 }
                    strings.added.removeAll(keepingCapacity: true)
                    codeSize = minimumCodeSize + 1
                    lastCode = endCode
                }
            }
        }
        bits.append(current, width: codeSize)
        // The decoder adds an entry after reading that last code too, and may widen its codes.
        if lastCode + 1 >= 1 << codeSize && codeSize < 12 { codeSize += 1 }
        bits.append(endCode, width: codeSize)
        return bits.finish()
    }
}

/// LZW's table of strings, kept between calls so its 2 MB are allocated once per worker: the
/// code of (prefix code, next index) at prefix · 256 + index, 0 for none (no string has a code
/// below 258); `added` lists the slots to empty on a clear.
final class LZWTable: Sendable {
    struct Strings {
        var codes = [UInt16](repeating: 0, count: (LZWEncoder.maximumCode + 1) << 8)
        var added: [Int] = []

        init() { added.reserveCapacity(LZWEncoder.maximumCode) }

        mutating func clear() {
            for slot in added { codes[slot] = 0 }
            added.removeAll(keepingCapacity: true)
        }
    }

    /// A worker at a time encodes with the table; the lock hands it safely from one to the next.
    let strings = Mutex(Strings())
}

/// Packs codes of varying width into bytes, least significant bit first, as GIF stores them.
struct BitPacker {
    private(set) var bytes: [UInt8] = []
    private var buffer: UInt64 = 0
    private var count = 0

    mutating func append(_ code: Int, width: Int) {
        buffer |= UInt64(code) << UInt64(count)
        count += width
        while count >= 8 {
            bytes.append(UInt8(truncatingIfNeeded: buffer))
            buffer >>= 8
            count -= 8
        }
    }

    /// The bytes, the last one padded with zero bits.
    mutating func finish() -> [UInt8] {
        if count > 0 { bytes.append(UInt8(truncatingIfNeeded: buffer)) }
        buffer = 0
        count = 0
        return bytes
    }
}
