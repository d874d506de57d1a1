import Foundation

/// The bytes of a scene file as text: at most 1 MB of UTF-8, not binary, not nested absurdly
/// deep. Each refusal says what the file is instead.
enum SceneText {
    static func decode(_ data: Data, file: String) throws(SceneError) -> String {
        func fail(_ message: String, line: Int? = nil) -> SceneError {
            SceneError(file: file, line: line, field: "", message: message)
        }
        guard data.count <= SceneLimits.fileBytes else {
            throw fail("is \(data.count) bytes; scene files are at most 1 MB")
        }
        if let encoding = wideEncoding(of: data) { throw fail("is \(encoding) text; save it as UTF-8") }
        guard !data.contains(0) else { throw fail("is binary, not a YAML scene") }
        if let offset = firstInvalidUTF8(in: data) {
            let line = data.prefix(offset).reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            throw fail("is not UTF-8 text (byte 0x\(String(data[offset], radix: 16, uppercase: true))); save it as UTF-8",
                       line: line)
        }
        // A UTF-8 byte-order mark (some editors write one) is not part of the text.
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let text = String(decoding: data.starts(with: bom) ? data.dropFirst(3) : data, as: UTF8.self)
        if let line = NestingGuard.firstLineTooDeep(in: text) {
            throw fail("is nested more than \(NestingGuard.limit) levels deep", line: line)
        }
        return text
    }

    /// "UTF-16" or "UTF-32" when the data starts with their byte-order mark or, without one,
    /// looks like ASCII in UTF-16 (every other byte zero); nil otherwise.
    private static func wideEncoding(of data: Data) -> String? {
        let head = Array(data.prefix(4))
        if head == [0xFF, 0xFE, 0, 0] || head == [0, 0, 0xFE, 0xFF] { return "UTF-32" }
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { return "UTF-16" }
        let zeros = head.map { $0 == 0 }
        return zeros == [false, true, false, true] || zeros == [true, false, true, false] ? "UTF-16" : nil
    }

    /// The byte offset of the first byte that is not part of valid UTF-8, or nil.
    private static func firstInvalidUTF8(in data: Data) -> Int? {
        var iterator = data.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
