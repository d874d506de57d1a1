import ArgumentParser
import DescentScene

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of scene files, for editors that complete and check YAML.",
        discussion: """
            The schema (JSON Schema draft-07) lists every key a scene may use, with descriptions, \
            and the names of surfaces, optimizers, schedules and colormaps. Save it and point the \
            YAML language server at it, with a first line in a scene:
              # yaml-language-server: $schema=descent.schema.json

            Example: descent schema > descent.schema.json
            """)

    func run() {
        print(SceneSchema.text, terminator: "")
    }
}
