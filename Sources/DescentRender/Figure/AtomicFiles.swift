import Dispatch
import Foundation

/// Writes a set of files all or none: each is written to a temporary file beside its final
/// path and renamed into place only when every one has succeeded.
enum AtomicFiles {
    /// Calls `write(i, temporaryPath)` for each of `paths` (concurrently, one per core), then
    /// renames every temporary file to its path; on any error removes them all and rethrows.
    static func write(_ paths: [String], _ write: @Sendable (Int, String) throws -> Void) throws {
        let temporary = paths.map { path in
            let url = URL(fileURLWithPath: path)
            return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).partial-\(getpid())").path
        }
        do {
            let errors = ConcurrentResults<Error>(count: paths.count)
            DispatchQueue.concurrentPerform(iterations: paths.count) { i in
                do { try write(i, temporary[i]) } catch { errors[i] = error }
            }
            if let error = errors.values.compactMap({ $0 }).first { throw error }
            for (from, to) in zip(temporary, paths) where rename(from, to) != 0 {
                throw RenderError("cannot write \(to): \(String(cString: strerror(errno)))")
            }
        } catch {
            for file in temporary { unlink(file) }
            throw error
        }
    }
}
