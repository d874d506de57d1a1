import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Something that says when files change: `FileWatcher`, or a scripted stand-in in tests.
public protocol ChangeSource {
    /// Blocks until a change or until `timeout` seconds pass; true when something changed.
    func waitForChange(timeout: Double) -> Bool
}

/// Watches a set of files (exact paths, or glob patterns such as `data/ckpt-*.npz`) for
/// changes: written, replaced by a rename (as editors save), created or deleted. On Linux it
/// asks the kernel (inotify on each file's directory, so a file replaced under the same name
/// is still followed); elsewhere, or when asked, it compares each file's size, time and inode
/// every `pollInterval`.
// Unchecked: `watch` and `waitForChange` change its state; one thread at a time owns a watcher
// (the watch loop, or the live session's watching thread) and is the only one calling them.
public final class FileWatcher: ChangeSource, @unchecked Sendable {
    /// How changes are noticed.
    public enum Method: Sendable {
        /// inotify (Linux).
        case inotify
        /// `stat` every `pollInterval` seconds.
        case polling
        /// inotify where there is one, polling elsewhere.
        public static var preferred: Method {
            #if os(Linux)
            .inotify
            #else
            .polling
            #endif
        }
    }

    /// Seconds between two looks when polling.
    public static let pollInterval = 0.1

    private let method: Method
    private var watched: [String] = []
    #if os(Linux)
    private var descriptor: Int32 = -1
    private var directories: [Int32: String] = [:]
    #endif
    private var signatures: [String: [FileSignature]] = [:]

    /// A watcher of nothing yet, noticing changes by `method`.
    public init(method: Method = .preferred) throws {
        self.method = method
        #if os(Linux)
        if method == .inotify {
            descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            guard descriptor >= 0 else { throw WatchError("cannot watch files: inotify_init1: \(String(cString: strerror(errno)))") }
        }
        #endif
    }

    deinit {
        #if os(Linux)
        if descriptor >= 0 { close(descriptor) }
        #endif
    }

    /// Watches `paths` (absolute or relative to the working directory) from now on, instead of
    /// what was watched before.
    public func watch(_ paths: [String]) {
        watched = paths.map(Self.absolute)
        signatures = Dictionary(watched.map { ($0, FileSignature.all($0)) }) { first, _ in first }
        #if os(Linux)
        guard method == .inotify else { return }
        for wd in directories.keys { inotify_rm_watch(descriptor, wd) }
        directories = [:]
        let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_MODIFY | IN_ATTRIB)
        for directory in Set(watched.map { ($0 as NSString).deletingLastPathComponent }) {
            let wd = inotify_add_watch(descriptor, directory, mask)
            if wd >= 0 { directories[wd] = directory }
        }
        #endif
    }

    /// Blocks until a watched file changes or `timeout` seconds pass; true when one changed.
    public func waitForChange(timeout: Double) -> Bool {
        #if os(Linux)
        if method == .inotify { return waitForEvents(timeout: timeout) }
        #endif
        let deadline = Date(timeIntervalSinceNow: timeout)
        while true {
            var changed = false
            for path in watched {
                let now = FileSignature.all(path)
                if now != signatures[path] { signatures[path] = now; changed = true }
            }
            if changed { return true }
            let left = deadline.timeIntervalSinceNow
            if left <= 0 { return false }
            usleep(useconds_t(min(left, Self.pollInterval) * 1e6))
        }
    }

    #if os(Linux)
    private func waitForEvents(timeout: Double) -> Bool {
        let deadline = Date(timeIntervalSinceNow: timeout)
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let left = max(0, deadline.timeIntervalSinceNow)
            let ready = poll(&poller, 1, Int32((left * 1000).rounded(.up)))
            if ready < 0 && errno == EINTR { if left <= 0 { return false } else { continue } }
            guard ready > 0 else { return false }
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { continue }
            if changed(in: buffer, count: count) { return true }
        }
    }

    /// True when an event in `buffer[..<count]` is about a watched file, or events were lost
    /// (the kernel's queue overflowed: anything may have changed).
    private func changed(in buffer: [UInt8], count: Int) -> Bool {
        var offset = 0
        let header = MemoryLayout<inotify_event>.size
        return buffer.withUnsafeBytes { raw in
            while offset + header <= count {
                let wd = raw.loadUnaligned(fromByteOffset: offset, as: Int32.self)
                let mask = raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
                let length = Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                if mask & UInt32(IN_Q_OVERFLOW) != 0 { return true }
                let nameBytes = raw[(offset + header)..<min(offset + header + length, count)].prefix { $0 != 0 }
                if let directory = directories[wd], !nameBytes.isEmpty,
                   matches((directory as NSString).appendingPathComponent(String(decoding: nameBytes, as: UTF8.self))) {
                    return true
                }
                offset += header + length
            }
            return false
        }
    }
    #endif

    /// True when `path` is watched, by name or by pattern.
    private func matches(_ path: String) -> Bool {
        watched.contains { $0 == path || (Self.isPattern($0) && fnmatch($0, path, FNM_PATHNAME) == 0) }
    }

    static func isPattern(_ path: String) -> Bool { path.contains { "*?[".contains($0) } }

    private static func absolute(_ path: String) -> String {
        let joined = path.hasPrefix("/") ? path : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path)
        return (joined as NSString).standardizingPath
    }
}

/// A file's identity and contents as `stat` tells them: replaced, grown or touched, it differs.
struct FileSignature: Equatable, Sendable {
    let path: String
    let exists: Bool
    let inode: UInt64
    let size: Int64
    let modified: Int64

    init(_ path: String) {
        self.path = path
        var info = stat()
        exists = stat(path, &info) == 0
        inode = exists ? UInt64(info.st_ino) : 0
        size = exists ? Int64(info.st_size) : 0
        #if os(Linux)
        let time = info.st_mtim
        #else
        let time = info.st_mtimespec
        #endif
        modified = exists ? Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec) : 0
    }

    /// What the file at `path`, or every file matching a glob pattern, is now.
    static func all(_ path: String) -> [FileSignature] {
        guard FileWatcher.isPattern(path) else { return [FileSignature(path)] }
        var found = glob_t()
        defer { globfree(&found) }
        guard glob(path, 0, nil, &found) == 0 else { return [] }
        return (0..<Int(found.gl_pathc)).compactMap { found.gl_pathv[$0].map { FileSignature(String(cString: $0)) } }
    }
}

/// A problem of the live preview itself (not of the scene), in one line.
public struct WatchError: Error, CustomStringConvertible {
    /// What went wrong.
    public let description: String
    /// A problem described by `description`.
    public init(_ description: String) { self.description = description }
}
