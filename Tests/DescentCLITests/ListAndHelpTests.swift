import Foundation
import Testing

/// `descent list` names everything a scene may use; every command's help shows an example.
struct ListAndHelpTests {
    static let optimizers = ["sgd", "adagrad", "rmsprop", "adadelta", "adam", "adamw", "nadam", "radam", "adamax"]
    static let schedules = ["constant", "piecewise_constant_decay", "exponential_decay", "polynomial_decay",
                            "inverse_time_decay", "cosine_decay"]
    static let colormaps = ["viridis", "magma", "inferno", "plasma", "cividis", "turbo", "grey"]
    static let surfaces = ["quadratic", "rosenbrock", "beale", "himmelblau", "rastrigin", "ackley", "booth",
                           "matyas", "goldstein_price", "six_hump_camel", "saddle", "monkey_saddle",
                           "plateau", "trap"]

    @Test func listMentionsEveryName() throws {
        let result = try Executable.run(["list"])
        #expect(result.exited && result.status == 0)
        #expect(result.stderr == "")
        let words = Set(result.stdout.split { $0.isWhitespace || $0 == "," || $0 == "(" || $0 == ")" }.map(String.init))
        for name in Self.optimizers + Self.schedules + Self.colormaps + Self.surfaces {
            #expect(words.contains(name), "`descent list` does not mention \(name)")
        }
    }

    @Test func listShowsHyperparameterDefaults() throws {
        let out = try Executable.run(["list"]).stdout
        for text in ["betas = (0.9, 0.999)", "momentum = 0", "nesterov = False", "eps = 1e-8",
                     "decay_steps (required)", "alpha = 0.0"] {
            #expect(out.contains(text), "`descent list` lacks `\(text)`")
        }
    }

    /// The subcommands `descent --help` lists.
    static func subcommands() throws -> [String] {
        let help = try Executable.run(["--help"]).stdout
        let section = try #require(help.components(separatedBy: "SUBCOMMANDS:\n").last)
        return section.split(separator: "\n").compactMap { line in
            line.hasPrefix("  ") && !line.hasPrefix("   ") ? line.split(separator: " ").first.map(String.init) : nil
        }.filter { $0 != "See" }
    }

    @Test func everyCommandsHelpShowsAnExample() throws {
        let commands = try Self.subcommands()
        #expect(Set(commands).isSuperset(of: ["render", "animate", "trace", "grid", "merge", "mesh", "check", "schema", "list"]))
        for command in commands {
            let result = try Executable.run([command, "--help"])
            #expect(result.exited && result.status == 0)
            #expect(result.stdout.contains("Example: descent \(command)"), "`descent \(command) --help` shows no example")
        }
    }

    @Test func topLevelHelpShowsExamplesOfEveryCommand() throws {
        let result = try Executable.run(["--help"])
        #expect(result.exited && result.status == 0)
        for command in try Self.subcommands() {
            #expect(result.stdout.contains("  descent \(command)"), "no example of \(command)")
        }
    }

    /// swift-argument-parser's completion scripts name every command, and scene arguments
    /// complete to YAML files.
    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScripts(_ shell: String) throws {
        let result = try Executable.run(["--generate-completion-script", shell])
        #expect(result.exited && result.status == 0 && result.stderr == "")
        for command in try Self.subcommands() { #expect(result.stdout.contains(command), "\(shell): no \(command)") }
        #expect(result.stdout.contains("yaml"))
    }

    @Test func versionIsPrinted() throws {
        let result = try Executable.run(["--version"])
        #expect(result.status == 0 && result.stdout.split(separator: ".").count == 3)
    }

    @Test func schemaIsJSON() throws {
        let result = try Executable.run(["schema"])
        #expect(result.status == 0 && result.stderr == "")
        let schema = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(schema?["$schema"] as? String == "http://json-schema.org/draft-07/schema#")
    }
}
