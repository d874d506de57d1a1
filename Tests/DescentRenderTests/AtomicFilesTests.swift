import Foundation
import Testing
@testable import DescentRender

/// Temporary twins of output files, and the removal of those a killed run left behind.
struct AtomicFilesTests {
    @Test func temporaryTwinNamesHostAndProcess() {
        let twin = AtomicFiles.temporaryPath("renders/fig.png")
        #expect(twin == "renders/.fig.png.partial-\(AtomicFiles.host)-\(getpid())")
        #expect(AtomicFiles.owner(of: (twin as NSString).lastPathComponent) == getpid())
        #expect(AtomicFiles.owner(of: ".fig.png.partial-some-other-host-123") == nil)
        #expect(AtomicFiles.owner(of: "fig.png.partial-\(AtomicFiles.host)-123") == nil, "not hidden: not descent's")
        #expect(AtomicFiles.owner(of: ".fig.png.partial-\(AtomicFiles.host)-x") == nil)
    }

    /// Only twins of this host's dead processes go: not a live process's, not another host's,
    /// not other hidden files.
    @Test func staleTwinsOfDeadProcessesAreRemoved() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("descent-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/true")
        try finished.run()
        finished.waitUntilExit()
        let dead = finished.processIdentifier
        let names = [".a.png.partial-\(AtomicFiles.host)-\(dead)", ".a.svg.partial-\(AtomicFiles.host)-\(getpid())",
                     ".a.pdf.partial-elsewhere-\(dead)", ".hidden", "a.png"]
        for name in names { try Data("x".utf8).write(to: directory.appendingPathComponent(name)) }

        let removed = AtomicFiles.removeStalePartials(in: directory.path)
        #expect(removed == [directory.appendingPathComponent(names[0]).path])
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == names.dropFirst().sorted())
    }

    @Test func aFailedWriteLeavesNothing() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("descent-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let paths = ["one.txt", "two.txt"].map { directory.appendingPathComponent($0).path }
        #expect(throws: RenderError.self) {
            try AtomicFiles.write(paths) { i, temporary in
                try AtomicFiles.writeBytes(Data("x".utf8), to: temporary)
                if i == 1 { throw RenderError("the second format failed") }
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == [])
    }
}
