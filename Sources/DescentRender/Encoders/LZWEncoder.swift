/// GIF's variable-length LZW compression of 8-bit palette indices (GIF89a, appendix F), with a
/// minimum code size of 8: codes start 9 bits wide, grow to 12, and the table is cleared when full.
struct LZWEncoder {
    static let minimumCodeSize = 8
    static let clearCode = 1 << minimumCodeSize
    static let endCode = clearCode + 1
    static let maximumCode = 4095

    /// The table of strings: (prefix code, next index) → code, open addressing over 8192 slots.
    private var keys = [Int32](repeating: -1, count: 8192)
    private var codes = [UInt16](repeating: 0, count: 8192)
    private var bits = BitPacker()
    private var codeSize = minimumCodeSize + 1
    private var lastCode = endCode

    /// The compressed codes of `indices` (clear code first, end code last), packed LSB first,
    /// not yet split into sub-blocks.
    static func encode(_ indices: some Collection<UInt8>) -> [UInt8] {
        var encoder = LZWEncoder()
        return encoder.run(indices)
    }

    private mutating func run(_ indices: some Collection<UInt8>) -> [UInt8] {
        bits.append(Self.clearCode, width: codeSize)
        var iterator = indices.makeIterator()
        guard var current = iterator.next().map(Int.init) else {
            bits.append(Self.endCode, width: codeSize)
            return bits.finish()
        }
        while let next = iterator.next() {
            let key = Int32(current << 8 | Int(next))
            var slot = Int((UInt32(bitPattern: key) &* 2_654_435_761) >> 19)  // 13 bits
            while keys[slot] != -1 && keys[slot] != key { slot = (slot + 1) & 8191 }
            if keys[slot] == key {
                current = Int(codes[slot])
                continue
            }
            bits.append(current, width: codeSize)
            addEntry(key: key, slot: slot)
            current = Int(next)
        }
        bits.append(current, width: codeSize)
        // The decoder adds an entry after reading that last code too, and may widen its codes.
        if lastCode + 1 >= 1 << codeSize && codeSize < 12 { codeSize += 1 }
        bits.append(Self.endCode, width: codeSize)
        return bits.finish()
    }

    /// Gives the string `key` the next code, widening codes as the decoder will; when the
    /// table is full, emits a clear code and starts over.
    private mutating func addEntry(key: Int32, slot: Int) {
        lastCode += 1
        keys[slot] = key
        codes[slot] = UInt16(lastCode)
        if lastCode >= 1 << codeSize && codeSize < 12 { codeSize += 1 }
        if lastCode == Self.maximumCode {
            bits.append(Self.clearCode, width: codeSize)
            for i in keys.indices { keys[i] = -1 }
            codeSize = Self.minimumCodeSize + 1
            lastCode = Self.endCode
        }
    }
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
