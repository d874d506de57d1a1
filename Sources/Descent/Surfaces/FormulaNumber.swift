/// Number formatting for `CatalogueEntry.formulaText`: short, clean, Unicode minus.
enum FormulaNumber {
    /// Up to 6 significant digits without trailing zeros ("100", "0.5", "2.1", "0.333333"),
    /// "−" (U+2212) for negatives, powers of ten outside [1e-3, 1e5) ("10⁻⁵", "2×10⁶").
    static func text(_ value: Double) -> String {
        NumberFormat.short(value, significant: 6)
    }

    /// `value` as a factor written in front of a term: "" for 1, "−" for −1, else `text`.
    static func coefficient(_ value: Double) -> String {
        switch value {
        case 1: ""
        case -1: "−"
        default: text(value)
        }
    }

    /// A frequency written in front of a variable: "2π" and "π" for those values, else a
    /// coefficient: "2πx", "πx", "3x", "x".
    static func frequency(_ value: Double) -> String {
        let multiple = value / Double.pi
        if multiple != 0, abs(multiple - multiple.rounded()) < 1e-12 {
            return coefficient(multiple.rounded()) + "π"
        }
        return coefficient(value)
    }

    /// " + term" or " − term" for a signed coefficient times `term`; "" when it is zero.
    static func signedTerm(_ value: Double, _ term: String) -> String {
        if value == 0 { return "" }
        return (value < 0 ? " − " : " + ") + coefficient(abs(value)) + term
    }
}
