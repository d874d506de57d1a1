import Testing
@testable import Descent

/// `prettyText`: `·`, `−`, superscript exponents and the fewest parentheses that keep the
/// structure.
struct FormulaPrettyTextTests {
    static let cases: [(String, String)] = [
        ("(1 - x)^2 + 100*(y - x^2)^2", "(1 − x)² + 100·(y − x²)²"),
        ("x^2 + y^3", "x² + y³"),
        ("x^10 - y^0", "x¹⁰ − y⁰"),
        ("x^-1", "x⁻¹"),
        ("-x^2", "−x²"),
        ("-2^2", "−2²"),
        ("(-x)^2", "(−x)²"),
        ("(x*y)^2", "(x·y)²"),
        ("(2^3)^2", "(2³)²"),
        ("2^3^2", "2^3²"),
        ("x^y", "x^y"),
        ("x^y^z", "x^y^z"),
        ("x^(y+1)", "x^(y + 1)"),
        ("2^-x", "2^(−x)"),
        ("x^2.5", "x^2.5"),
        ("x^1000", "x^1000"),
        ("x - (y - 1)", "x − (y − 1)"),
        ("x - y - 1", "x − y − 1"),
        ("(x - y) - 1", "x − y − 1"),
        ("x + (y + 1)", "x + (y + 1)"),
        ("x * (y * 2)", "x·(y·2)"),
        ("x / (y * 2)", "x/(y·2)"),
        ("(x + y) / 2", "(x + y)/2"),
        ("x * -y", "x·(−y)"),
        ("x + -y", "x + (−y)"),
        ("-x * y", "−x·y"),
        ("-(x * y)", "−(x·y)"),
        ("-(x + y)", "−(x + y)"),
        ("- -x", "−(−x)"),
        ("+x", "x"),
        ("((x))", "x"),
        ("2*pi*x", "2·π·x"),
        ("e^x", "e^x"),
        ("1e-3*x", "1e-3·x"),
        ("sin(x)^2 + atan2(y, x - 1)", "sin(x)² + atan2(y, x − 1)"),
        ("a*x + b", "a·x + b"),
    ]

    @Test(arguments: cases)
    func prettyText(_ text: String, _ expected: String) throws {
        let parameters: [String: Double] = ["a": 1, "b": 2, "z": 3]
        #expect(try Formula(text, parameters: parameters).prettyText == expected)
    }
}
