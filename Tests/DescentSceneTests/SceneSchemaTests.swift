import Foundation
import Testing
@testable import DescentScene

/// `descent schema` against the scenes people write: every scene in scenes/ is valid, every
/// "unknown key" case of the bad corpus is not, and the schema lists exactly the keys the
/// readers accept.
struct SceneSchemaTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static var validator: SchemaValidator { SchemaValidator(root: SceneSchema.document) }

    static var scenes: [String] {
        let directory = root.appendingPathComponent("scenes").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.sorted().map { "\(directory)/\($0)" }
    }

    @Test func theTextIsJSONOfTheDocument() throws {
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(SceneSchema.text.utf8)) as? [String: Any])
        #expect(parsed["$schema"] as? String == "http://json-schema.org/draft-07/schema#")
        #expect(Set(parsed.keys) == Set(SceneSchema.document.keys))
        #expect(Set((parsed["definitions"] as? [String: Any])?.keys ?? [:].keys) == ["run", "train", "schedule", "learningRate", "layer"])
    }

    @Test func everySceneIsValid() throws {
        #expect(Self.scenes.count >= 20)
        for path in Self.scenes {
            let value = try JSONValue(yaml: String(contentsOfFile: path, encoding: .utf8))
            let errors = Self.validator.errors(value)
            #expect(errors.isEmpty, "\(path): \(errors.prefix(3))")
        }
    }

    /// Cases whose error is about a key: misspelled, unknown, or another optimizer's (not a
    /// sweep's `param` naming one, a value the schema does not relate to the runs).
    static var keyCases: [String] {
        let directory = root.appendingPathComponent("Tests/DescentCLITests/BadScenes")
        let manifest = (try? String(contentsOf: directory.appendingPathComponent("expected.txt"), encoding: .utf8)) ?? ""
        return manifest.split(separator: "\n").filter { $0.contains("unknown key") || ($0.contains("has no parameter") && $0.contains(": runs[")) }
            .map { directory.appendingPathComponent(String($0.split(separator: "\t")[0])).path }
    }

    @Test func everyUnknownKeyCaseIsInvalid() throws {
        #expect(Self.keyCases.count >= 7)
        for path in Self.keyCases {
            let value = try JSONValue(yaml: String(contentsOfFile: path, encoding: .utf8))
            #expect(!Self.validator.errors(value).isEmpty, "\((path as NSString).lastPathComponent) passes the schema")
        }
    }

    @Test(arguments: [
        ("runs: [{optimizer: adam, momentum: 0.9}]", "runs[0]: may not have the key `momentum`"),
        ("runs: [{optimizer: sgd, lr: -1}]", "runs[0].lr: matches none of the alternatives"),
        ("runs: [{optimizer: sgd, lr: {exponential_decay: {decay_steps: 10}}}]", "runs[0].lr: matches none of the alternatives"),
        ("runs: [{optimizer: sgd, betas: [0.9, 0.99]}]", "runs[0]: may not have the key `betas`"),
        ("view: {colormap: virdis}", "view.colormap: is not one of the allowed values"),
        ("output: {size: [10, 10]}", "output.size[0]: is below 16"),
        ("output: {name: ../x}", "output.name: does not match ^[A-Za-z0-9_-][A-Za-z0-9_.-]*$"),
        ("charts: [loss, loss]", "charts: repeats an item"),
        ("animation: {frames: 1}", "animation.frames: is below 2"),
        ("sweep: {values: [1]}", "sweep: lacks `param`"),
    ])
    func theseAreRefused(_ lines: String, _ expected: String) throws {
        let value = try JSONValue(yaml: "surface: {name: rosenbrock}\n" + lines)
        #expect(Self.validator.errors(value).contains(expected), "\(Self.validator.errors(value))")
    }

    @Test func surfaceParametersFollowTheSurface() throws {
        let ok = try JSONValue(yaml: "surface: {name: rosenbrock, params: {a: 1, b: 50}}\nruns: [{optimizer: sgd}]")
        #expect(Self.validator.errors(ok).isEmpty)
        let bad = try JSONValue(yaml: "surface: {name: rosenbrock, params: {c: 1}}\nruns: [{optimizer: sgd}]")
        #expect(Self.validator.errors(bad).contains("surface.params: may not have the key `c`"))
        let formula = try JSONValue(yaml: "surface: {formula: \"c*x^2 + y^2\", params: {c: 3}}\nruns: [{optimizer: sgd}]")
        #expect(Self.validator.errors(formula).isEmpty)
    }

    /// Every keyword the schema uses is one the validator checks (or an annotation), and every
    /// object lists a schema for exactly the keys it allows (a conditional fragment, without a
    /// type, for some of them).
    @Test func theSchemaUsesOnlyCheckedKeywordsAndDescribesEveryKey() {
        var used: Set<String> = []
        var problems: [String] = []
        func walk(_ schema: [String: Any], _ path: String) {
            used.formUnion(schema.keys)
            if let properties = schema["properties"] as? [String: Any], let names = (schema["propertyNames"] as? [String: Any])?["enum"] as? [String] {
                let described = Set(properties.keys), allowed = Set(names)
                if schema["type"] != nil ? described != allowed : !described.isSubset(of: allowed) {
                    problems.append("\(path): describes \(described.sorted()) but allows \(allowed.sorted())")
                }
            }
            for (key, child) in schema {
                switch (key, child) {
                case let ("properties", map as [String: Any]), let ("definitions", map as [String: Any]):
                    for (name, sub) in map { if let sub = sub as? [String: Any] { walk(sub, "\(path).\(name)") } }
                case let (_, sub as [String: Any]): walk(sub, "\(path)/\(key)")
                case let (_, list as [[String: Any]]): for (i, sub) in list.enumerated() { walk(sub, "\(path)/\(key)[\(i)]") }
                default: break
                }
            }
        }
        walk(SceneSchema.document, "")
        #expect(used.subtracting(SchemaValidator.keywords).subtracting(SchemaValidator.annotations).isEmpty,
                "unchecked keywords: \(used.subtracting(SchemaValidator.keywords).subtracting(SchemaValidator.annotations))")
        #expect(problems.isEmpty, "\(problems)")
    }
}
