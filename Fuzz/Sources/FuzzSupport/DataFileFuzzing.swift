import Descent
import DescentScene
import Foundation

/// Runs a data file through the real scene loader: the fuzzer's bytes become the file a fixed
/// scene names, in a directory of this process's own (in memory where /dev/shm exists). A loaded
/// scene then goes as far as `render` would before drawing: the landscape is built, the runs are
/// simulated and the analysis (critical points, outcomes) is made, so numbers a reader lets
/// through reach the code that uses them.
public enum DataFileFuzzing {
    /// The scene that reads `file`: `scene` is its YAML text, naming `file` by its base name.
    public static func run(_ data: UnsafePointer<UInt8>, _ size: Int, file: String, scene: String) {
        let directory = workDirectory
        let dataPath = directory + "/" + file
        let scenePath = directory + "/" + file + ".yaml"
        if !FileManager.default.fileExists(atPath: scenePath) {
            FileManager.default.createFile(atPath: scenePath, contents: Data(scene.utf8))
        }
        guard FileManager.default.createFile(atPath: dataPath, contents: Data(bytes: data, count: size)) else {
            fatalError("cannot write \(dataPath)")
        }
        guard let loaded = try? SceneLoader.load(path: scenePath) else { return }
        exercise(loaded)
    }

    /// Everything `render` computes before it draws, at a small resolution.
    static func exercise(_ scene: Scene) {
        let box = scene.view.box
        var small = scene
        small.view.resolution = min(scene.view.resolution, 9)
        let resolved = ResolvedScene(small, cache: TrainingCache())
        guard !resolved.isLine else {
            _ = resolved.profile
            return
        }
        let landscapes = resolved.landscapes
        for landscape in landscapes {
            _ = Field.sample(landscape.drawn, box: box, columns: 8, rows: 8)
            _ = landscape.field?.finiteRange
        }
        var short = scene
        short.sweep = nil
        short.runs = scene.runs.prefix(2).map { run in
            var run = run
            run.steps = min(run.steps, 20)
            return run
        }
        _ = SceneAnalysis(short, landscape: landscapes[0])
    }

    private static let workDirectory: String = {
        try? FileManager.default.createDirectory(atPath: fuzzDirectory, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: fuzzDirectory) }
        return fuzzDirectory
    }()
}

/// This process's scratch directory.
private let fuzzDirectory =
    (FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()) + "/descent-fuzz-\(getpid())"

extension DataFileFuzzing {
    /// A scene drawing the grid in `file`, with one run on it.
    public static func gridScene(_ file: String) -> String {
        """
        surface: {grid: \(file)}
        runs: [{optimizer: adam, lr: 0.1, start: [0.3, -0.2], steps: 20}]
        """
    }
}
