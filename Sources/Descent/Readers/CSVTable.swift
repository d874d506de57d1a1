import Foundation

/// A table of numbers read from CSV text: comma-separated cells, one row per line, an optional
/// header (a first line with a cell that is not a number), blank lines skipped, `\r\n` or `\n`.
/// Every row must have the same number of cells.
public struct CSVTable: Sendable, Equatable {
    /// The cells of the header line, nil when the first line holds only numbers.
    public var header: [String]?
    /// The numbers, one array per data line.
    public var rows: [[Double]]
    /// Cells per row, the same for every row.
    public var columnCount: Int

    /// A problem, with the 1-based line it is on (nil for the whole text).
    public struct Problem: Error, Equatable {
        /// The 1-based line, or nil for the whole text.
        public let line: Int?
        /// What is wrong, in lower case, without the location.
        public let message: String
    }

    /// Parses CSV text.
    /// - Throws: `Problem` for a cell that is not a finite number, rows of unequal length, or text without rows.
    public init(text: String) throws(Problem) {
        var header: [String]?
        var rows: [[Double]] = []
        var width: Int?
        var lineNumber = 0
        // "\r\n" is one Character in Swift, and a newline.
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            let cells = line.split(separator: ",", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            if let width, cells.count != width {
                throw Problem(line: lineNumber, message: "has \(cells.count) cells, expected \(width) like the first row")
            }
            width = cells.count
            let numbers = cells.map { Double($0) }
            if rows.isEmpty && header == nil && numbers.contains(where: { $0 == nil }) {
                header = cells
                continue
            }
            for (column, value) in numbers.enumerated() {
                guard let value else {
                    throw Problem(line: lineNumber, message: "column \(column + 1) is not a number: `\(cells[column].prefix(30))`")
                }
                guard value.isFinite else {
                    throw Problem(line: lineNumber, message: "column \(column + 1) is not finite: `\(cells[column])`")
                }
            }
            rows.append(numbers.map { $0! })
        }
        guard let width, !rows.isEmpty else { throw Problem(line: nil, message: "has no rows of numbers") }
        self.header = header
        self.rows = rows
        columnCount = width
    }

    /// The table written as CSV text, `header` first, numbers in their shortest exact form.
    public static func text(header: [String], rows: [[Double]]) -> String {
        var out = header.joined(separator: ",") + "\n"
        for row in rows { out += row.map { "\($0)" }.joined(separator: ",") + "\n" }
        return out
    }
}
