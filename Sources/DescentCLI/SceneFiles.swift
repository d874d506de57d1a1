import ArgumentParser
import Descent
import DescentScene
import Foundation

/// Loads scene files for a command; on any error prints one line per problem of every bad
/// file to stderr and exits with status 1 before anything is written.
enum SceneFiles {
    /// `shards`: the grid is computed in that many parts (see `SceneLoader.load`).
    static func load(_ paths: [String], shards: Int = 1) throws -> [Scene] {
        var scenes: [Scene] = []
        var failed = false
        for path in paths {
            do {
                scenes.append(try SceneLoader.load(path: path, shards: shards))
            } catch {
                for problem in error.problems { Console.error(problem.description) }
                failed = true
            }
        }
        if failed { throw ExitCode.failure }
        return scenes
    }
}

/// Standard error output.
enum Console {
    static func error(_ line: String) {
        FileHandle.standardError.write(Data(("descent: " + line + "\n").utf8))
    }
}
