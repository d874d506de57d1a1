import Descent
import Foundation
import Testing
@testable import DescentScene

/// Overrides are written into the YAML text in place, and the result is read by the loader.
struct SceneOverridesTests {
    static let scene = """
        # A comment that stays.
        title: "Rosenbrock"
        surface: {name: rosenbrock}
        start: [-1.5, 2.5]   # every run
        steps: 200
        runs:
          - optimizer: sgd
            lr: 0.001        # slow
          - optimizer: adam
            lr:
              exponential_decay: {initial_learning_rate: 0.05, decay_steps: 100, decay_rate: 0.5}
          - {optimizer: sgd, lr: 0.002, momentum: 0.9}
        output:
          name: t

        """

    func apply(_ overrides: [String: OverrideValue], to text: String = scene) throws -> String {
        let list = overrides.map { SceneOverride(OverridePath($0.key)!, $0.value) }.sorted { $0.path < $1.path }
        return try SceneOverrides.apply(list, to: text, file: "t.yaml")
    }

    func applyError(_ overrides: [String: OverrideValue], to text: String = scene) -> String? {
        do {
            let edited = try apply(overrides, to: text)
            _ = try SceneLoader.parse(Data(edited.utf8), file: "t.yaml")
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func pathsParse() {
        #expect(OverridePath("runs[0].lr")?.components == [.key("runs"), .index(0), .key("lr")])
        #expect(OverridePath("runs[1].betas[1]")?.components == [.key("runs"), .index(1), .key("betas"), .index(1)])
        #expect(OverridePath("sweep.values[12]")?.description == "sweep.values[12]")
        for bad in ["", "runs[", "runs[-1]", "[0]", "runs..lr", "runs.0", ".lr", "lr.", "runs[0]x", "rüns", "a b", "runs[٣]"] {
            #expect(OverridePath(bad) == nil, "\(bad) parsed")
        }
    }

    @Test func aScalarIsReplacedAndItsCommentStays() throws {
        let edited = try apply(["runs[0].lr": .number(0.05)])
        #expect(edited == Self.scene.replacingOccurrences(of: "lr: 0.001        # slow", with: "lr: 0.05        # slow"))
        let scene = try SceneLoader.parse(Data(edited.utf8), file: "t.yaml")
        #expect(scene.runs[0].lr == .constant(0.05))
    }

    @Test func flowItemsAndWholeNumbers() throws {
        let edited = try apply(["runs[2].momentum": .number(0.5), "start": .list([.number(1), .number(-0.25)]), "steps": .number(300)])
        #expect(edited.contains("- {optimizer: sgd, lr: 0.002, momentum: 0.5}"))
        #expect(edited.contains("start: [1, -0.25]   # every run"))
        #expect(edited.contains("steps: 300\n"))
        let scene = try SceneLoader.parse(Data(edited.utf8), file: "t.yaml")
        #expect(scene.runs[0].start == Vec2(1, -0.25) && scene.runs[0].steps == 300)
    }

    @Test func aNestedScheduleValue() throws {
        let edited = try apply(["runs[1].lr.exponential_decay.decay_rate": .number(0.25)])
        #expect(edited.contains("{initial_learning_rate: 0.05, decay_steps: 100, decay_rate: 0.25}"))
    }

    @Test func aBlockValueBecomesAFlowValue() throws {
        let edited = try apply(["runs[1].lr": .number(0.01)])
        #expect(edited.contains("  - optimizer: adam\n    lr: 0.01\n  - {optimizer"))
        #expect(try SceneLoader.parse(Data(edited.utf8), file: "t.yaml").runs[1].lr == .constant(0.01))
    }

    @Test func missingKeysAreAddedToTheirMapping() throws {
        let edited = try apply(["runs[0].momentum": .number(0.9), "runs[2].nesterov": .bool(true), "view.x": .list([.number(-2), .number(2)])])
        #expect(edited.contains("    lr: 0.001        # slow\n    momentum: 0.9\n  - optimizer: adam"))
        #expect(edited.contains("- {optimizer: sgd, lr: 0.002, momentum: 0.9, nesterov: true}"))
        #expect(edited.hasSuffix("output:\n  name: t\nview: {x: [-2, 2]}\n"))
        let scene = try SceneLoader.parse(Data(edited.utf8), file: "t.yaml")
        #expect(scene.runs[0].optimizer.hyperparameters.momentum == 0.9 && scene.view.box.x == -2...2)
    }

    @Test func listItemsAreRemovedByIndexInTheOriginal() throws {
        let edited = try apply(["runs[0]": .remove, "runs[2]": .remove])
        #expect(edited.contains("runs:\n  - optimizer: adam\n    lr:\n      exponential_decay"))
        #expect(!edited.contains("sgd"))
        #expect(try SceneLoader.parse(Data(edited.utf8), file: "t.yaml").runs.count == 1)
        let flow = try apply(["start[0]": .remove], to: "start: [1, 2, 3]\n")
        #expect(flow == "start: [2, 3]\n")
        #expect(try apply(["start[2]": .remove], to: "start: [1, 2, 3]\n") == "start: [1, 2]\n")
    }

    @Test func valuesAreValidatedAsTheKeyWrittenByHand() {
        #expect(applyError(["runs[0].lr": .number(-1)]) == "t.yaml:8: runs[0].lr: must be > 0, got -1")
        #expect(applyError(["runs[0].momentun": .number(0.9)])?.hasPrefix("t.yaml:9: runs[0].momentun: unknown key for sgd; did you mean `momentum`?") == true)
        #expect(applyError(["runs[0].lr": .string("fast")])?.contains("runs[0].lr") == true)
        #expect(applyError(["runs[0].steps": .number(1e9)])?.hasPrefix("t.yaml:9: runs[0].steps: must be between 1 and 1000000") == true)
        #expect(applyError(["runs[5].lr": .number(0.1)]) == "t.yaml:7: runs[5]: no such item: `runs` has 3")
        #expect(applyError(["runs[0].lr.decay_rate": .number(0.1)]) == "t.yaml:8: runs[0].lr: is `0.001`, not a mapping, so it has no `decay_rate`")
        #expect(applyError(["steps": .remove]) == "t.yaml:5: steps: `null` removes a list item; a key needs a value")
        #expect(applyError(["runs[0]": .remove, "runs[1]": .remove, "runs[2]": .remove])?.contains("runs") == true)
    }

    @Test func textIsQuotedAndEscaped() throws {
        let edited = try apply(["title": .string("a \"quoted\" title: with # and \\ and\nnewline")])
        #expect(try SceneLoader.parse(Data(edited.utf8), file: "t.yaml").title == "a \"quoted\" title: with # and \\ and\nnewline")
    }

    @Test func filesOutsideTheScenesFolderAreRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("overrides-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outside = folder.deletingLastPathComponent().path
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.csv").path, withDestinationPath: "/etc/hostname")
        let file = folder.appendingPathComponent("s.yaml").path
        for name in ["/etc/passwd", "../x.csv", "data/../../x.csv", "~/x.csv", "link.csv", outside + "/y.csv"] {
            #expect(throws: SceneError.self, "\(name) accepted") {
                try SceneOverrides.apply([SceneOverride(OverridePath("surface.grid")!, .string(name))], to: Self.scene, file: file)
            }
        }
        for name in ["x.csv", "data/x.csv", "./data/ckpt-*.npz", folder.path + "/z.csv"] {
            #expect(throws: Never.self, "\(name) refused") {
                try SceneOverrides.apply([SceneOverride(OverridePath("surface.grid")!, .string(name))], to: Self.scene, file: file)
            }
        }
    }

    @Test func jsonIsParsed() throws {
        let overrides = try SceneOverrides.parse(json: Data(#"{"runs[1].betas": [0.8, 0.99], "runs[0].lr": 0.05, "runs[0].nesterov": true, "runs[2]": null, "title": "x"}"#.utf8), file: "t.yaml")
        #expect(overrides.map(\.path.description) == ["runs[0].lr", "runs[0].nesterov", "runs[1].betas", "runs[2]", "title"])
        #expect(overrides.map(\.value) == [.number(0.05), .bool(true), .list([.number(0.8), .number(0.99)]), .remove, .string("x")])
        for bad in ["[1, 2]", "{\"runs[\": 1}", "not json", #"{"a": [[[[[1]]]]]}"#] {
            #expect(throws: SceneError.self, "\(bad) accepted") { try SceneOverrides.parse(json: Data(bad.utf8), file: "t.yaml") }
        }
    }

    @Test func anOverrideOfEveryGalleryScenesRunsLoads() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("scenes")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".yaml") {
            let path = folder.appendingPathComponent(name).path
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let original = try SceneLoader.load(path: path)
            guard original.sweep == nil, !original.runs.isEmpty else { continue }
            let edited = try SceneOverrides.apply([SceneOverride(OverridePath("runs[0].steps")!, .number(7))], to: text, file: path)
            #expect(try SceneLoader.parse(Data(edited.utf8), file: path).runs[0].steps == 7, "\(name)")
        }
    }
}
