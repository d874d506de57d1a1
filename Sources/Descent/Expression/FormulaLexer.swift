/// Splits formula text into tokens, whitespace ignored.
///
/// Never throws: the first unreadable character or number becomes an `.invalid` token that
/// ends the list, so the parser reports problems in text order. The list always ends with
/// `.end` or `.invalid`.
enum FormulaLexer {
    static func tokens(of text: String) -> [FormulaToken] {
        let characters = Array(text)
        var tokens: [FormulaToken] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let start = index
            if character.isWhitespace {
                index += 1
                continue
            }
            if isDigit(character) || (character == "." && index + 1 < characters.count
                                      && isDigit(characters[index + 1])) {
                index = numberEnd(characters, from: index)
                let token = number(String(characters[start..<index]), column: start + 1)
                tokens.append(token)
                if case .invalid = token.kind { return tokens }
                continue
            }
            if isIdentifierStart(character) {
                while index < characters.count && isIdentifierContinuation(characters[index]) {
                    index += 1
                }
                tokens.append(FormulaToken(
                    kind: .identifier, text: String(characters[start..<index]), column: start + 1))
                continue
            }
            guard let kind = punctuation(character) else {
                let error = FormulaError(column: start + 1, message: "unexpected character `\(character)`")
                tokens.append(FormulaToken(kind: .invalid(error), text: String(character), column: start + 1))
                return tokens
            }
            tokens.append(FormulaToken(kind: kind, text: String(character), column: start + 1))
            index += 1
        }
        tokens.append(FormulaToken(kind: .end, text: "", column: characters.count + 1))
        return tokens
    }

    /// True when `name` is a valid identifier: a letter or `_`, then letters, digits or `_`.
    static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.first, isIdentifierStart(first) else { return false }
        return name.allSatisfy(isIdentifierContinuation)
    }

    /// The index just past a number starting at `start`: digits and dots, then an exponent
    /// (`e` or `E`, an optional sign, digits) only when a digit follows the `e` or its sign.
    private static func numberEnd(_ characters: [Character], from start: Int) -> Int {
        var index = start
        while index < characters.count && (isDigit(characters[index]) || characters[index] == ".") {
            index += 1
        }
        guard index < characters.count, characters[index] == "e" || characters[index] == "E" else {
            return index
        }
        var digits = index + 1
        if digits < characters.count && (characters[digits] == "+" || characters[digits] == "-") {
            digits += 1
        }
        guard digits < characters.count && isDigit(characters[digits]) else { return index }
        index = digits
        while index < characters.count && isDigit(characters[index]) {
            index += 1
        }
        return index
    }

    /// A number token, or an invalid one when `text` is malformed or not finite.
    private static func number(_ text: String, column: Int) -> FormulaToken {
        guard let value = Double(text) else {
            let error = FormulaError(column: column, message: "number `\(text)` is malformed")
            return FormulaToken(kind: .invalid(error), text: text, column: column)
        }
        guard value.isFinite else {
            let error = FormulaError(column: column, message: "number `\(text)` is not finite")
            return FormulaToken(kind: .invalid(error), text: text, column: column)
        }
        return FormulaToken(kind: .number(value), text: text, column: column)
    }

    private static func punctuation(_ character: Character) -> FormulaToken.Kind? {
        switch character {
        case "+": .plus
        case "-": .minus
        case "*": .star
        case "/": .slash
        case "^": .caret
        case "(": .leftParenthesis
        case ")": .rightParenthesis
        case ",": .comma
        default: nil
        }
    }

    private static func isDigit(_ character: Character) -> Bool {
        character.isASCII && character.isWholeNumber
    }

    private static func isIdentifierStart(_ character: Character) -> Bool {
        character == "_" || character.isLetter
    }

    private static func isIdentifierContinuation(_ character: Character) -> Bool {
        isIdentifierStart(character) || isDigit(character)
    }
}
