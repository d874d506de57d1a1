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

    @Test(arguments: [
        ("render", "descent render scenes/"),
        ("animate", "descent animate scenes/"),
        ("trace", "descent trace scenes/"),
        ("check", "descent check scenes/"),
        ("list", "descent list"),
        ("mesh", "descent mesh scenes/"),
    ])
    func helpShowsAnExample(_ command: String, _ example: String) throws {
        let result = try Executable.run([command, "--help"])
        #expect(result.exited && result.status == 0)
        #expect(result.stdout.contains("Example: \(example)"), "`descent \(command) --help` shows no example")
    }

    @Test func topLevelHelpShowsExamplesOfEveryCommand() throws {
        let result = try Executable.run(["--help"])
        #expect(result.exited && result.status == 0)
        for command in ["render", "animate", "trace", "mesh", "check", "list"] {
            #expect(result.stdout.contains("  descent \(command)"))
        }
    }
}
