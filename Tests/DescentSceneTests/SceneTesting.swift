import Descent
import Foundation
import Testing
@testable import DescentScene

/// Parses `yaml` as the scene file `file`.
func parse(_ yaml: String, file: String = "t.yaml") throws -> Scene {
    try SceneLoader.parse(Data(yaml.utf8), file: file)
}

/// The error parsing `yaml` gives, or nil (recording an issue) when it parses.
func parseError(_ yaml: String, file: String = "t.yaml",
                sourceLocation: SourceLocation = #_sourceLocation) -> SceneError? {
    do throws(SceneError) {
        _ = try SceneLoader.parse(Data(yaml.utf8), file: file)
        Issue.record("the scene parsed", sourceLocation: sourceLocation)
        return nil
    } catch {
        return error
    }
}

/// A scene on Rosenbrock with one run whose body is `run` (indented under `- optimizer: ...`).
func rosenbrock(runs: String, top: String = "") -> String {
    "surface:\n  name: rosenbrock\n" + top + "runs:\n" + runs
}

/// The only run of a scene on Rosenbrock whose run entry is `optimizer` plus `lines`.
func onlyRun(_ optimizer: String, _ lines: String = "") throws -> Run {
    let body = lines.split(separator: "\n").map { "    \($0)\n" }.joined()
    let scene = try parse(rosenbrock(runs: "  - optimizer: \(optimizer)\n" + body))
    try #require(scene.runs.count == 1)
    return scene.runs[0]
}

extension SurfaceChoice {
    /// The catalogue entry's name and parameters, or nil for a formula.
    var catalogue: (name: String, parameters: [String: Double])? {
        if case let .catalogue(entry, parameters) = self { return (entry.name, parameters) }
        return nil
    }

    var formula: Formula? {
        if case let .formula(formula) = self { return formula }
        return nil
    }
}
