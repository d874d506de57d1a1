import Descent
import Dispatch
import Foundation

/// Writes a set of files all or none: each is written to a temporary file beside its final
/// path and renamed into place only when every one has succeeded. A rename replaces a file
/// whole, so a reader (or a run killed at any moment, even by `kill -9`) sees the old file or
/// the new one, never part of one.
///
/// The temporary twin of `DIR/NAME` is `DIR/.NAME.partial-HOST-PID`: hidden, and naming the
/// process writing it. A process killed before its rename leaves its twins behind; the next
/// write into the same directory removes those of processes of this host that no longer run
/// (`removeStalePartials`). Twins of live processes, and of other hosts (a directory shared
/// by the nodes of a cluster, where a process id means nothing), are left alone.
public enum AtomicFiles {
    /// Calls `write(i, temporaryPath)` for each of `paths` (concurrently, one per core), then
    /// renames every temporary file to its path; on any error removes them all and rethrows.
    /// Stale temporary files of dead processes in the directories written to go first.
    public static func write(_ paths: [String], _ write: @Sendable (Int, String) throws -> Void) throws {
        for directory in Set(paths.map { ($0 as NSString).deletingLastPathComponent }) {
            removeStalePartials(in: directory)
        }
        let temporary = paths.map(temporaryPath)
        do {
            let written = Parallel.results(paths.count) { i in Result { try write(i, temporary[i]) } }
            for result in written { try result.get() }
            for (from, to) in zip(temporary, paths) where rename(from, to) != 0 {
                throw RenderError("cannot write \(to): \(String(cString: strerror(errno)))")
            }
        } catch {
            for file in temporary { unlink(file) }
            throw error
        }
    }

    /// Writes each file's bytes, all or none.
    public static func write(_ files: [(path: String, data: Data)]) throws {
        try write(files.map(\.path)) { i, temporary in try writeBytes(files[i].data, to: temporary) }
    }

    /// Writes `data` to `path` directly. (Foundation's `createFile` writes to a temporary file
    /// of its own in the same directory, which a killed run would leave behind, unnamed.)
    static func writeBytes(_ data: Data, to path: String) throws {
        do {
            try data.write(to: URL(fileURLWithPath: path))
        } catch {
            throw RenderError("cannot write \(path): \(error.localizedDescription)")
        }
    }

    /// `DIR/.NAME.partial-HOST-PID`, this process's temporary twin of `DIR/NAME`.
    public static func temporaryPath(_ path: String) -> String {
        let directory = (path as NSString).deletingLastPathComponent
        let name = ".\((path as NSString).lastPathComponent).partial-\(host)-\(getpid())"
        return directory.isEmpty ? name : (directory as NSString).appendingPathComponent(name)
    }

    /// Removes the temporary files in `directory` (not below it) left by processes of this
    /// host that no longer run; returns their paths. A process id is dead when `kill(pid, 0)`
    /// says there is no such process; one reused by another process keeps its files until a
    /// later write.
    @discardableResult
    public static func removeStalePartials(in directory: String) -> [String] {
        let folder = directory.isEmpty ? "." : directory
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        var removed: [String] = []
        for name in names {
            guard let pid = owner(of: name), kill(pid, 0) != 0, errno == ESRCH else { continue }
            let path = (folder as NSString).appendingPathComponent(name)
            if unlink(path) == 0 { removed.append(path) }
        }
        return removed
    }

    /// The process of this host that wrote the temporary file `name`, or nil when `name` is
    /// not one or another host wrote it.
    static func owner(of name: String) -> pid_t? {
        guard name.hasPrefix("."), let marker = name.range(of: ".partial-", options: .backwards) else { return nil }
        let suffix = name[marker.upperBound...]
        guard let dash = suffix.lastIndex(of: "-"), suffix[..<dash] == host,
              let pid = pid_t(suffix[suffix.index(after: dash)...]), pid > 0 else { return nil }
        return pid
    }

    /// This machine's name, as a file name may hold it (no `/`).
    static let host: String = {
        var buffer = [UInt8](repeating: 0, count: 256)
        let ok = buffer.withUnsafeMutableBytes { gethostname($0.baseAddress!.assumingMemoryBound(to: CChar.self), $0.count - 1) } == 0
        let name = ok ? String(decoding: buffer.prefix { $0 != 0 }, as: UTF8.self) : ""
        let safe = name.replacingOccurrences(of: "/", with: "_")
        return safe.isEmpty ? "localhost" : safe
    }()
}
