import Foundation

/// Whether a file name given from outside a scene stays inside the scene's folder: a relative
/// name without `..` steps out of it, and, where the file exists, not a symbolic link to
/// somewhere else either.
enum FileConfinement {
    /// True when `name`, read as the scene's readers read a file name (relative to `folder`,
    /// or absolute), names a path inside `folder`.
    static func isInside(_ name: String, folder: String) -> Bool {
        let base = absolute(folder.isEmpty ? "." : folder)
        let joined = name.hasPrefix("/") ? name : (base as NSString).appendingPathComponent(name)
        guard !name.hasPrefix("~"), contains(base, standardized(joined)) else { return false }
        guard let real = realPath(joined) else { return true }
        return contains(realPath(base) ?? base, real)
    }

    private static func contains(_ folder: String, _ path: String) -> Bool {
        path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }

    private static func absolute(_ path: String) -> String {
        standardized(path.hasPrefix("/") ? path : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path))
    }

    /// `path` with `.` and `..` steps worked out by the text alone.
    private static func standardized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") where part != "." {
            if part == ".." { if !parts.isEmpty { parts.removeLast() } } else { parts.append(part) }
        }
        return "/" + parts.joined(separator: "/")
    }

    /// The path with every symbolic link resolved, or nil when it does not exist.
    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
