import Foundation

/// A file being written with buffered C stdio, whose every failure becomes a `RenderError`.
final class OutputFile {
    let path: String
    private var handle: UnsafeMutablePointer<FILE>?

    init(path: String) throws {
        self.path = path
        guard let handle = fopen(path, "wb") else { throw Self.failure(path) }
        self.handle = handle
    }

    deinit { if let handle { fclose(handle) } }

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard let handle else { throw RenderError("writing \(path) after closing it") }
        guard bytes.count == 0 || fwrite(bytes.baseAddress, 1, bytes.count, handle) == bytes.count else {
            throw Self.failure(path)
        }
    }

    func write(_ bytes: [UInt8]) throws { try bytes.withUnsafeBytes { try write($0) } }
    func write(_ data: Data) throws { try data.withUnsafeBytes { try write($0) } }

    /// Flushes and closes; the file is complete only when this returns.
    func close() throws {
        guard let handle else { return }
        self.handle = nil
        guard fclose(handle) == 0 else { throw Self.failure(path) }
    }

    private static func failure(_ path: String) -> RenderError {
        RenderError("cannot write \(path): \(String(cString: strerror(errno)))")
    }
}
