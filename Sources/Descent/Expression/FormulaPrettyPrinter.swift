/// Writes a parsed formula for titles: `·` for `*`, `−` (U+2212) for minus, spaces around
/// binary `+` and `−`, `π` for `pi`, and small integer exponents as superscripts (`x²`, `y⁻¹`).
///
/// Parentheses are the fewest that keep the parsed structure, plus parentheses around a
/// negation used as the right operand or as the exponent (`x·(−y)`, `2^(−x)`).
enum FormulaPrettyPrinter {
    /// How tightly a piece of text binds, loosest first.
    private enum Precedence: Int, Comparable {
        case sum, product, sign, power, atom

        static func < (a: Precedence, b: Precedence) -> Bool { a.rawValue < b.rawValue }
    }

    /// A printed subformula.
    private struct Piece {
        var text: String
        var precedence: Precedence
        /// The superscript form, for an integer literal of up to 3 digits or its negation.
        var superscript: String?

        /// The text, in parentheses when `condition` holds.
        func parenthesized(if condition: Bool) -> String { condition ? "(\(text))" : text }
    }

    private static let superscriptDigits: [Character: Character] = [
        "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴",
        "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
    ]

    /// The pretty text of postfix `nodes` (a whole formula), built with an explicit stack.
    static func text(of nodes: [FormulaNode]) -> String {
        var stack: [Piece] = []
        for node in nodes {
            switch node {
            case .number(_, let text):
                let superscript = text.count <= 3 ? String(text.compactMap { superscriptDigits[$0] }) : ""
                stack.append(Piece(text: text, precedence: .atom,
                                   superscript: superscript.count == text.count ? superscript : nil))
            case .named(let name, _):
                stack.append(Piece(text: name == "pi" ? "π" : name, precedence: .atom))
            case .x:
                stack.append(Piece(text: "x", precedence: .atom))
            case .y:
                stack.append(Piece(text: "y", precedence: .atom))
            case .negate:
                let operand = stack.removeLast()
                let superscript = operand.precedence == .atom ? operand.superscript.map { "⁻" + $0 } : nil
                stack.append(Piece(text: "−" + operand.parenthesized(if: operand.precedence <= .sign),
                                   precedence: .sign, superscript: superscript))
            case .add, .subtract, .multiply, .divide:
                let right = stack.removeLast(), left = stack.removeLast()
                let (separator, precedence) = operatorText(node)
                var text = left.parenthesized(if: left.precedence < precedence)
                text += separator
                text += right.parenthesized(if: right.precedence <= precedence || right.precedence == .sign)
                stack.append(Piece(text: text, precedence: precedence))
            case .raise:
                let exponent = stack.removeLast(), base = stack.removeLast()
                var text = base.parenthesized(if: base.precedence < .atom)
                if let superscript = exponent.superscript {
                    text += superscript
                } else {
                    text += "^" + exponent.parenthesized(if: exponent.precedence < .power)
                }
                stack.append(Piece(text: text, precedence: .power))
            case .call(let function):
                let arguments = stack.suffix(function.arity).map(\.text)
                stack.removeLast(function.arity)
                stack.append(Piece(text: "\(function.name)(\(arguments.joined(separator: ", ")))",
                                   precedence: .atom))
            }
        }
        return stack.removeLast().text
    }

    /// The separator and precedence of a binary arithmetic node.
    private static func operatorText(_ node: FormulaNode) -> (String, Precedence) {
        switch node {
        case .add: (" + ", .sum)
        case .subtract: (" − ", .sum)
        case .multiply: ("·", .product)
        default: ("/", .product)
        }
    }
}
