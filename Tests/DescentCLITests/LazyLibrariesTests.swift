import Foundation
import Testing

/// Libraries that few scenes need are opened when first used, not when descent starts: the
/// binary does not depend on them, and the scenes that need them still work.
struct LazyLibrariesTests {
    /// The shared libraries the dynamic loader maps when `descent` starts (`ldd`: the binary's
    /// NEEDED entries and theirs).
    static func librariesAtStart() throws -> [String] {
        let binary = try #require(Executable.executable)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/ldd")
        process.arguments = [binary.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return text.split(separator: "\n").compactMap { $0.split(whereSeparator: \.isWhitespace).first.map(String.init) }
    }

    @Test func hdf5CurlAndWebPAreNotLoadedAtStartAndAnHDF5SceneStillReads() throws {
        let libraries = try Self.librariesAtStart()
        #expect(libraries.contains { $0.hasPrefix("libc.so") })
        for name in ["libhdf5", "libcurl", "libwebp"] {
            #expect(!libraries.contains { $0.contains(name) }, "descent loads \(name) at start: \(libraries)")
        }
        let h5 = Executable.testsDirectory.appendingPathComponent("BadScenes/li-grid.h5").path
        let (_, rows) = try GridCommandTests.exportCSV("surface: {grid: \(h5)}\n", in: TemporaryDirectory())
        #expect(rows.count == 99)
    }

    @Test func withoutTheHDF5LibraryAnHDF5SceneFailsInOneLineNamingThePackage() throws {
        let dir = try TemporaryDirectory()
        let h5 = Executable.testsDirectory.appendingPathComponent("BadScenes/li-grid.h5").path
        let scene = dir.url.appendingPathComponent("s.yaml")
        try "surface: {grid: \(h5)}\n".write(to: scene, atomically: true, encoding: .utf8)
        var environment = ProcessInfo.processInfo.environment
        environment["DESCENT_HDF5_LIBRARY"] = dir.path + "/no-such-libhdf5.so"
        let result = try Executable.run(["grid", scene.path, "--output", dir.path], environment: environment)
        #expect(result.exited && result.status == 1)
        #expect(result.stderr == "descent: \(scene.path):1: surface.grid: `\(h5)`: cannot be read: the HDF5 library "
                + "(libhdf5_serial.so.103) is not installed: `sudo apt-get install libhdf5-103-1` (Debian 12; libhdf5-310 "
                + "on Debian 13), or set DESCENT_HDF5_LIBRARY to its path\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["s.yaml"])
    }
}
