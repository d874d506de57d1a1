import Descent
import Testing

@Suite struct TickLabelsTests {
    @Test func sameDecimalsAcrossTheAxis() {
        #expect(NiceTicks.labels([0, 0.5, 1]) == ["0.0", "0.5", "1.0"])
        #expect(NiceTicks.labels([0, 20, 40, 60]) == ["0", "20", "40", "60"])
        #expect(NiceTicks.labels([1000, 1000.2, 1000.4]) == ["1000.0", "1000.2", "1000.4"])
        #expect(NiceTicks.labels([0.001, 0.0015, 0.002]) == ["0.0010", "0.0015", "0.0020"])
        // The largest tick sets the notation, so 0.0005 is not scientific beside 0.0035.
        #expect(NiceTicks.labels(NiceTicks.linear(0...0.0035, targetCount: 5))
                == ["0.0000", "0.0005", "0.0010", "0.0015", "0.0020", "0.0025", "0.0030", "0.0035"])
    }

    @Test func floatNoiseIsNotPrinted() {
        #expect(NiceTicks.labels([0, 0.1, 0.2, 0.1 + 0.2]) == ["0.0", "0.1", "0.2", "0.3"])
        #expect(NiceTicks.labels(NiceTicks.linear(0...1, targetCount: 10))
                == ["0.0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9", "1.0"])
    }

    @Test func negativesUseTheMinusSign() {
        #expect(NiceTicks.labels([-1, -0.5, 0, 0.5, 1]) == ["\u{2212}1.0", "\u{2212}0.5", "0.0", "0.5", "1.0"])
        #expect(NiceTicks.labels([-0.0, 1]) == ["0", "1"])
    }

    @Test func scientificForTinyValues() {
        #expect(NiceTicks.labels([1e-4, 2e-4, 3e-4]) == ["1×10⁻⁴", "2×10⁻⁴", "3×10⁻⁴"])
        #expect(NiceTicks.labels([-2e-4, 0, 2e-4]) == ["\u{2212}2×10⁻⁴", "0", "2×10⁻⁴"])
    }

    @Test func scientificForHugeValues() {
        #expect(NiceTicks.labels([0, 1e5, 2e5]) == ["0", "1×10⁵", "2×10⁵"])
        #expect(NiceTicks.labels([1e5, 1.5e5, 2e5]) == ["1.0×10⁵", "1.5×10⁵", "2.0×10⁵"])
        #expect(NiceTicks.labels([0, 1e12, 2e12, 3e12]) == ["0", "1×10¹²", "2×10¹²", "3×10¹²"])
        #expect(NiceTicks.labels([99_999]) == ["99999"])
        // Exponents may differ between labels; mantissas keep one number of decimals.
        #expect(NiceTicks.labels([99_000, 99_500, 100_000]) == ["9.90×10⁴", "9.95×10⁴", "1.00×10⁵"])
    }

    @Test func logarithmicAxes() {
        #expect(NiceTicks.labels([1e-6, 1e-4, 1e-2, 1]) == ["10⁻⁶", "10⁻⁴", "10⁻²", "10⁰"])
        #expect(NiceTicks.labels([1e-5, 2e-5, 5e-5, 1e-4]) == ["1×10⁻⁵", "2×10⁻⁵", "5×10⁻⁵", "1×10⁻⁴"])
        #expect(NiceTicks.labels([1e-4, 2e-4, 5e-4, 1e-3]) == ["0.0001", "0.0002", "0.0005", "0.0010"])
        #expect(NiceTicks.labels([1, 10, 100]) == ["1", "10", "100"])
        #expect(NiceTicks.labels([0.1, 1, 10, 100]) == ["10⁻¹", "10⁰", "10¹", "10²"])
    }

    @Test func edgeCases() {
        #expect(NiceTicks.labels([]) == [])
        #expect(NiceTicks.labels([0]) == ["0"])
        #expect(NiceTicks.labels([2.5]) == ["2.5"])
        #expect(NiceTicks.labels([.nan, -.infinity, 1, 2]) == ["NaN", "\u{2212}∞", "1", "2"])
    }
}
