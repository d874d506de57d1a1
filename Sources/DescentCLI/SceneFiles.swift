import ArgumentParser
import Descent
import DescentScene
import Foundation

/// Loads scene files for a command; on any error prints one line per bad file to stderr
/// and exits with status 1 before anything is written.
enum SceneFiles {
    static func load(_ paths: [String]) throws -> [Scene] {
        var scenes: [Scene] = []
        var failed = false
        for path in paths {
            do {
                scenes.append(try SceneLoader.load(path: path))
            } catch {
                Console.error(error.description)
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
