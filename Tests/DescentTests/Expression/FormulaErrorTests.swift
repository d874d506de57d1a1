import Testing
@testable import Descent

/// Malformed formulas and parameters, each with its exact error.
struct FormulaErrorTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        var parameters: [String: Double] = [:]
        let column: Int
        let message: String
        var testDescription: String { "\"\(text)\"" }
    }

    static let corpus: [Case] = [
        Case(text: "", column: 1, message: "empty formula"),
        Case(text: "   ", column: 1, message: "empty formula"),
        Case(text: "x + $", column: 5, message: "unexpected character `$`"),
        Case(text: "x + .", column: 5, message: "unexpected character `.`"),
        Case(text: "x²", column: 2, message: "unexpected character `²`"),
        Case(text: "x +", column: 4, message: "expected a value, found end of formula"),
        Case(text: "x * * y", column: 5, message: "expected a value, found `*`"),
        Case(text: "x ^ ^ 2", column: 5, message: "expected a value, found `^`"),
        Case(text: "()", column: 2, message: "expected a value, found `)`"),
        Case(text: "x * (y + )", column: 10, message: "expected a value, found `)`"),
        Case(text: "(x + 1", column: 7, message: "expected `)` to close `(` at column 1, found end of formula"),
        Case(text: "max(x, y", column: 9, message: "expected `)` to close `(` at column 4, found end of formula"),
        Case(text: "x + 1)", column: 6, message: "unmatched `)`"),
        Case(text: "x, y", column: 2, message: "`,` outside a function call"),
        Case(text: "sn(x)", column: 1, message: "unknown name `sn`; did you mean `sin`?"),
        Case(text: "1 + exq(x)", column: 5, message: "unknown name `exq`; did you mean `exp`?"),
        Case(text: "tnah(x)", column: 1, message: "unknown name `tnah`; did you mean `tanh`?"),
        Case(text: "Sin(x)", column: 1, message: "unknown name `Sin`; did you mean `sin`?"),
        Case(text: "pii * x", column: 1, message: "unknown name `pii`; did you mean `pi`?"),
        Case(text: "alpah * x", parameters: ["alpha": 1], column: 1,
             message: "unknown name `alpah`; did you mean `alpha`?"),
        Case(text: "ex(x)", column: 1, message: "unknown name `ex`; did you mean `exp`?"),
        Case(text: "2 * ex", column: 5, message: "unknown name `ex`; did you mean `x`?"),
        Case(text: "x + z", column: 5, message: "unknown name `z`"),
        Case(text: "x * foobar", column: 5, message: "unknown name `foobar`"),
        Case(text: "atan2(y)", column: 1, message: "`atan2` takes 2 arguments, got 1"),
        Case(text: "sin(x, y)", column: 1, message: "`sin` takes 1 argument, got 2"),
        Case(text: "1 + max()", column: 5, message: "`max` takes 2 arguments, got 0"),
        Case(text: "sin x", column: 1, message: "function `sin` needs parentheses: `sin(...)`"),
        Case(text: "2 * exp", column: 5, message: "function `exp` needs parentheses: `exp(...)`"),
        Case(text: "1.2.3 + x", column: 1, message: "number `1.2.3` is malformed"),
        Case(text: "x * 1e999", column: 5, message: "number `1e999` is not finite"),
        Case(text: "2x", column: 2, message: "expected an operator between `2` and `x`"),
        Case(text: "2(x + 1)", column: 2, message: "expected an operator between `2` and `(`"),
        Case(text: "(x + 1)(y)", column: 8, message: "expected an operator between `)` and `(`"),
        Case(text: "x y", column: 3, message: "expected an operator between `x` and `y`"),
        Case(text: "x(2)", column: 2, message: "expected an operator between `x` and `(`"),
        Case(text: "sin(x) 2", column: 8, message: "expected an operator between `)` and `2`"),
        Case(text: "atan2(y x)", column: 9, message: "expected an operator between `y` and `x`"),
        Case(text: "1e5e3", column: 4, message: "expected an operator between `1e5` and `e3`"),
        Case(text: "sn(x) # 1", column: 1, message: "unknown name `sn`; did you mean `sin`?"),
        Case(text: "a * x", parameters: ["a": .nan], column: 1, message: "parameter `a` is not finite (nan)"),
        Case(text: "x + a", parameters: ["a": -.infinity], column: 5,
             message: "parameter `a` is not finite (-inf)"),
        Case(text: "x", parameters: ["sin": 1], column: 1, message: "parameter name `sin` is taken by a function"),
        Case(text: "x + y", parameters: ["y": 1], column: 5, message: "parameter name `y` is taken by a variable"),
        Case(text: "x", parameters: ["pi": 3], column: 1, message: "parameter name `pi` is taken by a constant"),
        Case(text: "x", parameters: ["2a": 1], column: 1, message: "parameter name `2a` is not an identifier"),
        Case(text: "x +", parameters: ["b": .nan, "a": .infinity], column: 1,
             message: "parameter `a` is not finite (inf)"),
    ]

    @Test(arguments: corpus)
    func reportsTheExactError(_ c: Case) {
        do {
            _ = try Formula(c.text, parameters: c.parameters)
            Issue.record("no error for \"\(c.text)\"")
        } catch {
            #expect(error == FormulaError(column: c.column, message: c.message))
        }
    }

    @Test func descriptionLeadsWithTheColumn() {
        #expect(FormulaError(column: 5, message: "unknown name `z`").description == "column 5: unknown name `z`")
    }
}
