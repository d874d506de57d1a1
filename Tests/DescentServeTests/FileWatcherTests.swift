import Foundation
import Testing
@testable import DescentServe

/// A folder of its own, removed afterwards.
final class Folder: Sendable {
    let path: String
    init() throws {
        path = NSTemporaryDirectory() + "descent-serve-tests-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }

    func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try text.write(toFile: file(name), atomically: false, encoding: .utf8)
        return file(name)
    }
}

/// Each way of saving a file is seen, by inotify and by polling alike; other files are not.
@Suite(.serialized) struct FileWatcherTests {
    static let methods: [FileWatcher.Method] = [.inotify, .polling]

    @Test(arguments: methods) func aWriteInPlaceIsSeen(_ method: FileWatcher.Method) throws {
        let folder = try Folder()
        let scene = try folder.write("s.yaml", "a: 1\n")
        let watcher = try FileWatcher(method: method)
        watcher.watch([scene])
        #expect(!watcher.waitForChange(timeout: 0.25))
        try folder.write("s.yaml", "a: 22\n")
        #expect(watcher.waitForChange(timeout: 2))
    }

    @Test(arguments: methods) func aFileReplacedByARenameIsSeenAndStillFollowed(_ method: FileWatcher.Method) throws {
        let folder = try Folder()
        let scene = try folder.write("s.yaml", "a: 1\n")
        let watcher = try FileWatcher(method: method)
        watcher.watch([scene])
        for round in 0..<2 {
            try folder.write(".s.yaml.swp", "a: \(round + 2)\n")
            #expect(rename(folder.file(".s.yaml.swp"), scene) == 0)
            #expect(watcher.waitForChange(timeout: 2), "round \(round)")
            while watcher.waitForChange(timeout: 0.2) {}
        }
    }

    @Test(arguments: methods) func otherFilesInTheFolderAreNotSeen(_ method: FileWatcher.Method) throws {
        let folder = try Folder()
        let scene = try folder.write("s.yaml", "a: 1\n")
        let watcher = try FileWatcher(method: method)
        watcher.watch([scene])
        try folder.write("rendered.png", "not the scene")
        try folder.write("s.yaml.bak", "not the scene either")
        #expect(!watcher.waitForChange(timeout: 0.3))
    }

    @Test(arguments: methods) func aPatternFollowsItsMatches(_ method: FileWatcher.Method) throws {
        let folder = try Folder()
        try FileManager.default.createDirectory(atPath: folder.file("data"), withIntermediateDirectories: true)
        try folder.write("data/ckpt-1.npz", "1")
        let watcher = try FileWatcher(method: method)
        watcher.watch([folder.file("data/ckpt-*.npz")])
        try folder.write("data/ckpt-2.npz", "2")
        #expect(watcher.waitForChange(timeout: 2))
        while watcher.waitForChange(timeout: 0.2) {}
        try folder.write("data/other.csv", "x")
        #expect(!watcher.waitForChange(timeout: 0.3))
    }

    @Test func aMissingFileIsSeenWhenItAppears() throws {
        let folder = try Folder()
        let watcher = try FileWatcher(method: .inotify)
        watcher.watch([folder.file("late.yaml")])
        try folder.write("late.yaml", "a: 1\n")
        #expect(watcher.waitForChange(timeout: 2))
    }
}
