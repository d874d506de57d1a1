import Testing
@testable import Descent

@Suite("Suggestion")
struct SuggestionTests {
    static let hyperparameters = ["lr", "momentum", "dampening", "nesterov", "weight_decay", "eps", "alpha",
                                  "betas", "rho", "amsgrad", "lr_decay"]
    static let functions = ["sin", "cos", "tan", "exp", "log", "sqrt", "abs", "atan", "tanh"]
    static let optimizers = ["sgd", "adagrad", "rmsprop", "adadelta", "adam", "adamw", "nadam", "radam", "adamax"]

    @Test("optimal-string-alignment distance on hand-counted pairs")
    func distance() {
        #expect(Suggestion.distance("", "") == 0)
        #expect(Suggestion.distance("", "abc") == 3)
        #expect(Suggestion.distance("abc", "") == 3)
        #expect(Suggestion.distance("lr", "lr") == 0)
        #expect(Suggestion.distance("kitten", "sitting") == 3)   // k→s, e→i, +g
        #expect(Suggestion.distance("momentun", "momentum") == 1)
        #expect(Suggestion.distance("ab", "ba") == 1)              // one swap
        #expect(Suggestion.distance("momnetum", "momentum") == 1)
        #expect(Suggestion.distance("foo", "cos") == 2)
        // OSA edits no substring twice: "ca" → "abc" needs 3 (unrestricted Damerau would give 2).
        #expect(Suggestion.distance("ca", "abc") == 3)
        #expect(Suggestion.distance("αβγ", "αγβ") == 1)            // characters, not bytes
    }

    @Test("distance is symmetric (seeded random words)")
    func symmetric() {
        var rng = SeededRandom(seed: 11)
        let letters = Array("abcde")
        func word() -> String { String((0..<Int.random(in: 0...6, using: &rng)).map { _ in letters.randomElement(using: &rng)! }) }
        for _ in 0..<300 {
            let a = word(), b = word()
            let d = Suggestion.distance(a, b)
            #expect(d == Suggestion.distance(b, a), "\(a) / \(b)")
            #expect(d <= max(a.count, b.count) && d >= abs(a.count - b.count))
        }
    }

    @Test("typos are corrected", arguments: [
        ("momentun", "momentum"), ("lrr", "lr"), ("momnetum", "momentum"), ("nesterv", "nesterov"),
        ("weight_dacay", "weight_decay"), ("betsa", "betas"), ("Lr_decay", "lr_decay"),
    ])
    func corrected(_ typo: String, _ expected: String) {
        #expect(Suggestion.closest(to: typo, among: Self.hyperparameters) == expected)
    }

    @Test("typos of optimizer and function names", arguments: [
        ("adma", "adam"), ("sgdd", "sgd"), ("rmsprpo", "rmsprop"), ("adamxa", "adamax"), ("sni", "sin"),
        ("sqr", "sqrt"),
    ])
    func names(_ typo: String, _ expected: String) {
        #expect(Suggestion.closest(to: typo, among: Self.optimizers + Self.functions) == expected)
    }

    @Test("unrelated or too short names get no suggestion", arguments: [
        "foo", "z", "w", "q", "zz", "learning_rate", "banana", "",
    ])
    func none(_ name: String) {
        #expect(Suggestion.closest(to: name, among: Self.hyperparameters + Self.functions + ["x", "y"]) == nil)
    }

    @Test("thresholds: at most 2 edits and at most half the name's length")
    func thresholds() {
        // 3 characters: 1 edit allowed.
        #expect(Suggestion.closest(to: "cat", among: ["car"]) == "car")
        #expect(Suggestion.closest(to: "cat", among: ["cog"]) == nil)
        // 4 characters: 2 edits allowed.
        #expect(Suggestion.closest(to: "abcd", among: ["abxy"]) == "abxy")
        #expect(Suggestion.closest(to: "abcd", among: ["axyz"]) == nil)
        // Long names: never more than 2 edits.
        #expect(Suggestion.closest(to: "momentumxy", among: ["momentum"]) == "momentum")
        #expect(Suggestion.closest(to: "momentumxyz", among: ["momentum"]) == nil)
        #expect(Suggestion.closest(to: "mxmxntum", among: ["momentum"]) == "momentum")
        #expect(Suggestion.closest(to: "mxmxnxum", among: ["momentum"]) == nil)
        // 1 character: nothing may change.
        #expect(Suggestion.closest(to: "x", among: ["x", "y"]) == "x")
    }

    @Test("the closest candidate wins; at a tie, the first listed")
    func ties() {
        #expect(Suggestion.closest(to: "adamw_", among: ["adam", "adamw"]) == "adamw")
        #expect(Suggestion.closest(to: "lx", among: ["lr", "ly"]) == "lr")
        #expect(Suggestion.closest(to: "lx", among: ["ly", "lr"]) == "ly")
        #expect(Suggestion.closest(to: "eps", among: ["epsilon", "eps"]) == "eps")
    }

    @Test("hint text")
    func hint() {
        #expect(Suggestion.hint(for: "momentun", among: Self.hyperparameters) == "; did you mean `momentum`?")
        #expect(Suggestion.hint(for: "foo", among: Self.functions) == "")
        #expect(Suggestion.hint(for: "lr", among: []) == "")
    }
}
