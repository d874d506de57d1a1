import Foundation
import Testing
@testable import Descent

struct ReaderTests {
    @Test func csvWithHeaderAndCRLF() throws {
        let t = try CSVTable(text: "x,y,label\r\n1,2,0\r\n\r\n3.5, -4 ,1\r\n")
        #expect(t.header == ["x", "y", "label"] && t.rows == [[1, 2, 0], [3.5, -4, 1]] && t.columnCount == 3)
    }

    @Test func csvProblemsNameTheirLine() {
        #expect(throws: CSVTable.Problem(line: 3, message: "has 2 cells, expected 3 like the first row")) {
            try CSVTable(text: "1,2,3\n4,5,6\n7,8\n")
        }
        #expect(throws: CSVTable.Problem(line: 2, message: "column 2 is not a number: `abc`")) {
            try CSVTable(text: "1,2\n3,abc\n")
        }
        #expect(throws: CSVTable.Problem(line: nil, message: "has no rows of numbers")) { try CSVTable(text: "a,b\n") }
    }

    @Test func npyRoundTrip() throws {
        let a = NPYArray(shape: [2, 3], values: [1, -2.5, 3, 4, 5, .pi])
        let data = a.data
        #expect((data.count - 2 * 3 * 8) % 64 == 0)
        #expect(try NPYArray(data: data) == a)
    }

    /// A float32 Fortran-order file written byte by byte as numpy would.
    @Test func npyFloat32FortranOrder() throws {
        var header = "{'descr': '<f4', 'fortran_order': True, 'shape': (2, 2), }"
        header += String(repeating: " ", count: (64 - (11 + header.count) % 64) % 64) + "\n"
        var bytes: [UInt8] = [0x93] + Array("NUMPY".utf8) + [1, 0, UInt8(header.count), 0] + Array(header.utf8)
        for v: Float in [1, 3, 2, 4] { withUnsafeBytes(of: v.bitPattern.littleEndian) { bytes += $0 } }
        let a = try NPYArray(data: Data(bytes))
        #expect(a.shape == [2, 2] && a.values == [1, 2, 3, 4])
        #expect(throws: NPYArray.Problem.self) { try NPYArray(data: Data("not numpy".utf8)) }
    }

    /// 2³² × 2³² values wrap to 0 in 64 bits, which an empty body would seem to hold.
    @Test func npyShapeWhoseCountOverflowsIsRefused() {
        var header = "{'descr': '<f8', 'fortran_order': False, 'shape': (4294967296, 4294967296), }"
        header += String(repeating: " ", count: (64 - (11 + header.count) % 64) % 64) + "\n"
        let bytes: [UInt8] = [0x93] + Array("NUMPY".utf8) + [1, 0, UInt8(header.count), 0] + Array(header.utf8)
        #expect(throws: NPYArray.Problem(message: "has a bad shape (4294967296, 4294967296): too many values")) {
            try NPYArray(data: Data(bytes))
        }
    }

    @Test func gridPointsRoundTrip() throws {
        let f = Field(box: ViewBox(x: -1...1, y: 0...2), columns: 3, rows: 2, values: [1, 2, 3, 4, 5, 6])
        let points = GridPoints.points(f).reversed().map { ($0[0], $0[1], $0[2]) }
        #expect(try GridPoints.field(points) == f)
        #expect(throws: GridPoints.Problem.self) { try GridPoints.field(Array(points.dropLast())) }
    }

    /// x values {0, NaN} and y values {0, 1} make the counts of a 2 × 2 grid; NaN has no column.
    @Test func gridPointsRefuseNonFiniteCoordinates() {
        #expect(throws: GridPoints.Problem(message: "has a point at (nan, 0.0); coordinates must be finite")) {
            try GridPoints.field([(0, 0, 1), (.nan, 0, 2), (0, 1, 3), (0, 1, 4)])
        }
    }
}
