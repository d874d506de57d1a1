import ArgumentParser

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate scene files without writing anything.",
        discussion: "Prints one line per problem to stderr and exits non-zero if any file is bad.\nExample: descent check scenes/*.yaml")

    @Argument(help: "Scene files (YAML).", completion: .file(extensions: ["yaml", "yml"]))
    var scenes: [String]

    @Flag(name: .shortAndLong, help: "Print nothing on success.")
    var quiet = false

    func run() throws {
        _ = try SceneFiles.load(scenes)
        if !quiet { for path in scenes { print("\(path): ok") } }
    }
}
