import Foundation
import Testing

/// `descent mesh`: one file named after the scene's output, whole or not at all.
struct MeshCommandTests {
    @Test(arguments: ["obj", "stl", "ply"])
    func writesOneFileOfTheFormat(_ format: String) throws {
        let output = try TemporaryDirectory()
        let result = try Executable.run(["mesh", "scenes/saddle-3d.yaml", "--format", format, "--resolution", "20",
                                         "--output", output.path])
        #expect(result.exited && result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == output.path + "/saddle-3d.\(format)\n")
        #expect(output.contents() == ["saddle-3d.\(format)"])
    }

    @Test func aWatertightStlHasWallsAndABase() throws {
        let output = try TemporaryDirectory()
        let result = try Executable.run(["mesh", "scenes/saddle-3d.yaml", "--format", "stl", "--resolution", "20",
                                         "--watertight", "--quiet", "--output", output.path])
        #expect(result.exited && result.status == 0 && result.stdout == "")
        let data = try Data(contentsOf: output.url.appendingPathComponent("saddle-3d.stl"))
        // 19 × 19 cells of two triangles, and three triangles per boundary edge (4 × 19).
        let count = data[80..<84].enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
        #expect(count == 2 * 19 * 19 + 3 * 4 * 19)
        #expect(data.count == 84 + 50 * count)
    }

    @Test func badInputWritesNothing() throws {
        let output = try TemporaryDirectory()
        let resolution = try Executable.run(["mesh", "scenes/saddle-3d.yaml", "--resolution", "2", "--output", output.path])
        #expect(resolution.exited && resolution.status != 0)
        #expect(resolution.stderr.contains("--resolution must be between 8 and 400, got 2"))
        let scene = try Executable.run(["mesh", "BadScenes/z-log-nonpositive.yaml", "--output", output.path],
                                       in: Executable.testsDirectory)
        #expect(scene.exited && scene.status == 1)
        #expect(scene.stderr.hasPrefix("descent: BadScenes/z-log-nonpositive.yaml:7: view.z_shift: log heights need"))
        #expect(scene.stderr.split(separator: "\n").count == 1)
        #expect(output.contents() == [])
    }
}
