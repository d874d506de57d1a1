import Foundation

/// Short, exact-looking text for numbers shown to people (legends, labels, messages).
public enum NumberFormat {
    /// `significant` significant digits (whole numbers below 1e5 keep all their digits: `12345`);
    /// scientific with Unicode superscripts (`3.1×10⁻⁵`) outside [1e-3, 1e5); no trailing zeros;
    /// `−` (U+2212) for negatives; `NaN`, `∞`.
    public static func short(_ value: Double, significant: Int = 3) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "−∞" : "∞" }
        if value == 0 { return "0" }
        let sign = value < 0 ? "−" : ""
        let magnitude = abs(value)
        if magnitude >= 1e-3 && magnitude < 1e5 {
            let decimals = max(0, significant - 1 - Int(floor(log10(magnitude))))
            return sign + trimmed(String(format: "%.\(decimals)f", magnitude))
        }
        let parts = String(format: "%.\(significant - 1)e", magnitude).split(separator: "e")
        let mantissa = trimmed(String(parts[0]))
        let exponent = Int(parts[1]) ?? 0
        let power = "10" + superscript(exponent)
        return sign + (mantissa == "1" ? power : "\(mantissa)×\(power)")
    }

    /// The shortest text that reads back as `value` (`0.1`, `-5`, `1e-05`), for messages
    /// that quote what the user wrote.
    public static func plain(_ value: Double) -> String {
        if value == value.rounded(), abs(value) <= 9_007_199_254_740_992 { return String(Int(value)) }
        return "\(value)"
    }

    /// A size in bytes for messages: `1520 GB`, `256 MB`, `12 kB`, `300 bytes` (decimal units,
    /// three significant digits).
    public static func bytes(_ count: Double) -> String {
        if count >= 1e9 { return "\(short(count / 1e9)) GB" }
        if count >= 1e6 { return "\(short(count / 1e6)) MB" }
        if count >= 1e3 { return "\(short(count / 1e3)) kB" }
        return "\(plain(count)) bytes"
    }

    /// Digits of `n` as Unicode superscripts, with a superscript minus.
    public static func superscript(_ n: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        let body = String(String(abs(n)).map { digits[Int(String($0))!] })
        return n < 0 ? "⁻" + body : body
    }

    private static func trimmed(_ s: String) -> String {
        guard s.contains(".") else { return s }
        var t = s
        while t.hasSuffix("0") { t.removeLast() }
        if t.hasSuffix(".") { t.removeLast() }
        return t
    }
}
