import Foundation

/// The files of grid points `descent grid` writes and `surface: {grid: ...}` reads: rows of
/// x, y, value, as CSV text (header `x,y,loss`, numbers in their shortest exact form) or as a
/// NumPy `.npy` array of shape (N, 3), float64. Both hold every bit of the values.
public enum GridFileFormat: String, CaseIterable, Sendable {
    /// Text with a header `x,y,loss`, or a NumPy `.npy` array of shape (N, 3).
    case csv, npy

    /// A problem with a file's bytes, on a 1-based line of a CSV file or of the whole file.
    public struct Problem: Error, Equatable {
        /// The 1-based line of a CSV file, or nil for the whole file.
        public let line: Int?
        /// What is wrong, in lower case.
        public let message: String
    }

    /// The file of `points` (each [x, y, value]).
    public func encode(_ points: [[Double]]) -> Data {
        encode(header: ["x", "y", "loss"], rows: points)
    }

    /// The file of a table: CSV with `header`, or a `.npy` matrix of its rows (no header).
    public func encode(header: [String], rows: [[Double]]) -> Data {
        switch self {
        case .csv: Data(CSVTable.text(header: header, rows: rows).utf8)
        case .npy: NPYArray(shape: [rows.count, header.count], values: rows.flatMap { $0 }).data
        }
    }

    /// The points of a file, in its order; CSV needs three columns, `.npy` shape (N, 3).
    public func decode(_ data: Data) throws(Problem) -> [[Double]] {
        switch self {
        case .csv:
            guard let text = String(data: data, encoding: .utf8) else { throw Problem(line: nil, message: "is not UTF-8 text") }
            let table: CSVTable
            do { table = try CSVTable(text: text) } catch { throw Problem(line: error.line, message: error.message) }
            guard table.columnCount == 3 else {
                throw Problem(line: nil, message: "needs three columns x, y, value; got \(table.columnCount)")
            }
            return table.rows
        case .npy:
            let array: NPYArray
            do { array = try NPYArray(data: data) } catch { throw Problem(line: nil, message: error.message) }
            guard array.shape.count == 2, array.shape[1] == 3 else {
                throw Problem(line: nil, message: "needs shape (N, 3): rows of x, y, value; got \(NPYArray.tuple(array.shape))")
            }
            return Self.rows(array)
        }
    }

    /// The rows of an array of shape (N, 3), each [x, y, value].
    public static func rows(_ array: NPYArray) -> [[Double]] {
        (0..<array.shape[0]).map { Array(array.values[($0 * 3)..<($0 * 3 + 3)]) }
    }
}
