import Testing
@testable import DescentScene

/// A file with several independent mistakes reports each, in the order of its lines; a part
/// that depends on a failed one is not read, so nothing is reported twice.
struct SeveralProblemsTests {
    static func fields(_ yaml: String) -> [String] {
        parseError(yaml)?.problems.map(\.field) ?? []
    }

    @Test func everyUnknownKeyOfAMapping() {
        #expect(Self.fields("surface: {name: rosenbrock}\nrunz: []\ntitel: x\nrun: []\nruns: [{optimizer: sgd}]\n")
                == ["runz", "titel", "run"])
    }

    @Test func eachRunAndEachFieldOfARun() {
        let yaml = rosenbrock(runs: """
              - {optimizer: sgd, lr: -1, steps: 0, dampening: 2}
              - {optimizer: adam}
              - {optimizer: adam, betas: [0.9, 1.5], clip_norm: 0}
            """)
        // Problems on one line keep the order they were read in: hyperparameters first.
        #expect(Self.fields(yaml) == ["runs[0].dampening", "runs[0].lr", "runs[0].steps", "runs[2].betas", "runs[2].clip_norm"])
        let error = parseError(yaml)
        #expect(error?.problems.map(\.line) == error?.problems.map(\.line).sorted { ($0 ?? 0) < ($1 ?? 0) })
        #expect(error?.description.split(separator: "\n").count == 5)
    }

    /// The view is read for its surface: with the surface unknown, its problems would be
    /// guesses, so only the surface's is reported; the output's is independent.
    @Test func dependentPartsAreNotRead() {
        let yaml = "surface: {name: nowhere}\nview: {x: [1, 0]}\nruns: [{optimizer: sgd, start: [0, 0]}]\noutput: {name: a/b}\n"
        #expect(Self.fields(yaml) == ["surface.name", "output.name"])
    }

    /// A run relying on a top-level `start` that cannot be read is still read for its own
    /// problems, and not blamed for a missing start.
    @Test func aBadDefaultDoesNotHideTheRuns() {
        let yaml = "surface: {formula: \"x^2 + y^2\"}\nview: {x: [-1, 1], y: [-1, 1]}\nstart: [0]\nruns: [{optimizer: sgd, lr: 0}]\n"
        #expect(Self.fields(yaml) == ["start", "runs[0].lr"])
    }

    @Test func oneProblemIsOneLine() {
        let error = parseError(rosenbrock(runs: "  - {optimizer: sgd, lr: 0}\n"))
        #expect(error?.others == [])
        #expect(error?.description == "t.yaml:4: runs[0].lr: must be > 0, got 0")
    }
}
