import Testing
@testable import Descent

@Suite("Formula text")
struct FormulaTextTests {
    func formula(_ name: String, _ values: [String: Double] = [:]) -> String? {
        SurfaceCatalogue.entry(named: name)?.formulaText(values)
    }

    @Test("Rosenbrock with defaults")
    func rosenbrockDefaults() {
        #expect(formula("rosenbrock") == "(1 − x)² + 100(y − x²)²")
    }

    @Test("parameter values are substituted cleanly")
    func substituted() {
        #expect(formula("rosenbrock", ["a": 2, "b": 0.5]) == "(2 − x)² + 0.5(y − x²)²")
        #expect(formula("rosenbrock", ["a": 0, "b": 1]) == "x² + (y − x²)²")
        #expect(formula("quadratic") == "½(x² + 10y²)")
        #expect(formula("quadratic", ["scale": 3, "condition": 2.5]) == "1.5(x² + 2.5y²)")
        #expect(formula("quadratic", ["rotation": 30])
                == "½(u² + 10v²), (u, v) = (x, y) rotated by 30°")
        #expect(formula("rastrigin") == "20 + x² + y² − 10(cos 2πx + cos 2πy)")
        #expect(formula("ackley")
                == "−20·exp(−0.2√(½(x² + y²))) − exp(½(cos 2πx + cos 2πy)) + 20 + e")
        #expect(formula("ackley", ["c": 3, "b": 1])
                == "−20·exp(−√(½(x² + y²))) − exp(½(cos 3x + cos 3y)) + 20 + e")
        #expect(formula("plateau", ["steepness": 2]) == "tanh(2(√(1 + x² + y²) − 1))")
        #expect(formula("trap") == "(x² − 1)² + 0.5x + ½y²")
        #expect(formula("trap", ["tilt": 0]) == "(x² − 1)² + ½y²")
    }

    @Test("numbers: integers without a point, no trailing zeros, Unicode minus")
    func numbers() {
        #expect(FormulaNumber.text(100) == "100")
        #expect(FormulaNumber.text(0.5) == "0.5")
        #expect(FormulaNumber.text(2.1) == "2.1")
        #expect(FormulaNumber.text(-3) == "−3")
        #expect(FormulaNumber.coefficient(1) == "")
        #expect(FormulaNumber.coefficient(-1) == "−")
        #expect(FormulaNumber.frequency(.pi) == "π")
        #expect(FormulaNumber.signedTerm(-0.25, "x") == " − 0.25x")
    }
}
