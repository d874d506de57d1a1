import Foundation
import Testing
@testable import Descent

@Suite("NumberFormat")
struct NumberFormatTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let value: Double
        let text: String
        var testDescription: String { "\(value) → \(text)" }
        init(_ value: Double, _ text: String) {
            self.value = value
            self.text = text
        }
    }

    /// Three significant digits, trailing zeros dropped; fixed notation in [1e-3, 1e5).
    static let shortCases: [Case] = [
        Case(0, "0"), Case(-0.0, "0"),
        Case(1, "1"), Case(2.5, "2.5"), Case(3.14159, "3.14"), Case(12.345, "12.3"), Case(100, "100"),
        Case(0.05, "0.05"), Case(0.001, "0.001"), Case(0.00123, "0.00123"), Case(0.0123456, "0.0123"),
        // Rounding that carries into a new leading digit.
        Case(9.9996, "10"), Case(99.96, "100"), Case(999.7, "1000"), Case(0.09996, "0.1"),
        Case(0.0099996, "0.01"),
        // Below 1e-3 and from 1e5 on: scientific with superscripts; a mantissa of 1 is left out.
        Case(0.0009996, "10⁻³"), Case(3.1e-5, "3.1×10⁻⁵"), Case(2e-7, "2×10⁻⁷"), Case(1e-10, "10⁻¹⁰"),
        Case(1e5, "10⁵"), Case(123_456, "1.23×10⁵"), Case(6.02e23, "6.02×10²³"), Case(1.5e300, "1.5×10³⁰⁰"),
        Case(9.996e6, "10⁷"), Case(.leastNonzeroMagnitude, "4.94×10⁻³²⁴"),
        // Negatives use the minus sign U+2212, never the hyphen.
        Case(-0.5, "\u{2212}0.5"), Case(-42, "\u{2212}42"), Case(-3.1e-5, "\u{2212}3.1×10⁻⁵"),
        Case(-1e6, "\u{2212}10⁶"),
        Case(.nan, "NaN"), Case(.infinity, "∞"), Case(-.infinity, "\u{2212}∞"),
    ]

    @Test("short, three significant digits", arguments: shortCases)
    func short(_ c: Case) {
        #expect(NumberFormat.short(c.value) == c.text)
    }

    @Test("short never uses an ASCII hyphen for a negative number")
    func noHyphen() {
        for v in [-1e-9, -0.002, -1.0, -777.0, -1e7] {
            let text = NumberFormat.short(v)
            #expect(text.hasPrefix("\u{2212}") && !text.contains("-"), "\(v) → \(text)")
        }
    }

    @Test("short with other numbers of significant digits")
    func significant() {
        #expect(NumberFormat.short(3.14159, significant: 1) == "3")
        #expect(NumberFormat.short(3.14159, significant: 5) == "3.1416")
        #expect(NumberFormat.short(0.000123456, significant: 2) == "1.2×10⁻⁴")
        #expect(NumberFormat.short(0.5, significant: 6) == "0.5")
        #expect(NumberFormat.short(-271_828, significant: 4) == "\u{2212}2.718×10⁵")
    }

    static let plainCases: [Case] = [
        Case(0, "0"), Case(-5, "-5"), Case(100, "100"), Case(0.1, "0.1"), Case(2.5, "2.5"), Case(-0.25, "-0.25"),
        Case(1e-5, "1e-05"), Case(0.1 + 0.2, "0.30000000000000004"),
        Case(123_456_789_012_345, "123456789012345"), Case(-2e20, "-2e+20"),
        Case(.nan, "nan"), Case(.infinity, "inf"), Case(-.infinity, "-inf"),
    ]

    @Test("plain, the shortest text that reads back", arguments: plainCases)
    func plain(_ c: Case) {
        #expect(NumberFormat.plain(c.value) == c.text)
    }

    @Test("plain reads back exactly (seeded random values over many magnitudes)")
    func plainRoundTrip() {
        var rng = SeededRandom(seed: 3)
        for _ in 0..<2000 {
            let v = Double.random(in: -1...1, using: &rng) * pow(10, Double(Int.random(in: -30...30, using: &rng)))
            let text = NumberFormat.plain(v)
            #expect(Double(text) == v, "\(v) → \(text)")
        }
        for k in -20...20 {
            let v = Double(k) * 1e14
            #expect(Double(NumberFormat.plain(v)) == v)
        }
    }

    @Test("plain writes integral values from 1e15 up to 2⁵³ without a trailing .0")
    func plainLargeIntegers() {
        // "\(1e15)" is "1000000000000000.0" in Swift, unlike every smaller integral value.
        for v in [1e15, -1e15, 4e15, 9_007_199_254_740_991] {
            let text = NumberFormat.plain(v)
            #expect(!text.hasSuffix(".0") && Double(text) == v, "\(v) → \(text)")
        }
    }

    @Test("superscript digits with a superscript minus")
    func superscript() {
        #expect(NumberFormat.superscript(0) == "⁰")
        #expect(NumberFormat.superscript(5) == "⁵")
        #expect(NumberFormat.superscript(10) == "¹⁰")
        #expect(NumberFormat.superscript(-3) == "⁻³")
        #expect(NumberFormat.superscript(-305) == "⁻³⁰⁵")
        #expect(NumberFormat.superscript(1_234_567_890) == "¹²³⁴⁵⁶⁷⁸⁹⁰")
    }

    @Test func bytesInDecimalUnits() {
        #expect(NumberFormat.bytes(300) == "300 bytes")
        #expect(NumberFormat.bytes(12_345) == "12.3 kB")
        #expect(NumberFormat.bytes(256_000_000) == "256 MB")
        #expect(NumberFormat.bytes(4e9) == "4 GB")
        #expect(NumberFormat.bytes(1.52e12) == "1520 GB")
    }
}
