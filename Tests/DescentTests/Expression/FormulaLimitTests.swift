import Testing
@testable import Descent

/// Deep nesting and huge inputs end in an error, never in a stack overflow.
struct FormulaLimitTests {
    static let tooDeep = "formula is nested deeper than 200 levels"
    static let tooLarge = "formula is too large: more than 10000 values and operators"

    private func expectError(_ text: String, column: Int, _ message: String,
                             sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            _ = try Formula(text)
            Issue.record("no error", sourceLocation: sourceLocation)
        } catch {
            #expect(error == FormulaError(column: column, message: message), sourceLocation: sourceLocation)
        }
    }

    private func repeated(_ piece: String, _ count: Int) -> String {
        String(repeating: piece, count: count)
    }

    @Test func hundredThousandOpeningParentheses() {
        expectError(repeated("(", 100_000), column: 201, Self.tooDeep)
    }

    @Test func twoHundredLevelsOfParenthesesAreAccepted() throws {
        let formula = try Formula(repeated("(", 200) + "x" + repeated(")", 200))
        #expect(formula.evaluate(1.5, 0.0) == 1.5)
        expectError(repeated("(", 201) + "x" + repeated(")", 201), column: 201, Self.tooDeep)
    }

    @Test func deepRightNestedSumEvaluates() throws {
        // x + (x + (x + ... (x + x))), 200 levels: 201 x's, each level keeping one value waiting.
        let text = repeated("x + (", 200) + "x" + repeated(")", 200)
        let formula = try Formula(text)
        #expect(formula.evaluate(2.0, 0.0) == 402)
        #expect(formula.evaluate(Jet.x(2), Jet.y(0)).gradient == Vec2(201, 0))
    }

    @Test func nestedCallsStopAtTheLimit() {
        // The 201st `sin(` starts at column 4 * 200 + 1; its `(` is 3 columns later.
        expectError(repeated("sin(", 300) + "x" + repeated(")", 300), column: 804, Self.tooDeep)
    }

    @Test func exponentChainsStopAtTheLimit() {
        // `x^x^x...`: the 201st `^` is at column 402.
        expectError(repeated("x^", 100_000) + "x", column: 402, Self.tooDeep)
    }

    @Test func hundredThousandTermSum() {
        // Node k of `x+x+x...` is the character at column k.
        expectError(repeated("x+", 100_000) + "x", column: 10_001, Self.tooLarge)
    }

    @Test func tenThousandNodesAreAccepted() throws {
        // 5000 x's and 4999 pluses: 9999 nodes; one more term makes 10001.
        let formula = try Formula(repeated("x+", 4999) + "x")
        #expect(formula.evaluate(1.5, 0.0) == 7500)
        expectError(repeated("x+", 5000) + "x", column: 10_001, Self.tooLarge)
    }

    @Test func hundredThousandMinusSigns() {
        expectError(repeated("-", 100_000) + "x", column: 10_001, Self.tooLarge)
    }

    @Test func unaryPlusSignsMakeNoNodes() throws {
        #expect(try Formula(repeated("+", 100_000) + "x").evaluate(3.0, 0.0) == 3)
        #expect(try Formula(repeated("-", 9_999) + "x").evaluate(3.0, 0.0) == -3)
    }

    @Test func longWhitespaceAndLongNames() throws {
        #expect(try Formula(repeated(" ", 1_000_000) + "y").evaluate(0.0, 4.0) == 4)
        let name = repeated("a", 100_000)
        expectError("x + " + name, column: 5, "unknown name `\(name)`")
    }

    /// Random strings over the language's pieces either fail with an error inside the text or
    /// parse and evaluate; none crashes.
    @Test func randomFormulasNeverCrash() {
        let pieces = ["x", "y", "2", ".5", "1e3", "pi", "e", "a", "sin", "atan2", "pow", "(", ")", ",",
                      "+", "-", "*", "/", "^", " ", "#", "1.2.3", "sn"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var parsed = 0
        for _ in 0..<3000 {
            let text = (0..<(1 + next(25))).map { _ in pieces[next(pieces.count)] }.joined()
            do {
                let formula = try Formula(text, parameters: ["a": 0.5])
                _ = formula.evaluate(0.3, -0.7)
                _ = formula.evaluate(Jet.x(0.3), Jet.y(-0.7))
                #expect(!formula.prettyText.isEmpty)
                parsed += 1
            } catch {
                #expect((1...text.count + 1).contains(error.column), "\(text): \(error)")
            }
        }
        #expect(parsed > 0)
    }
}
