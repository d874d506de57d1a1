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

    @Test func gridPointsRoundTrip() throws {
        let f = Field(box: ViewBox(x: -1...1, y: 0...2), columns: 3, rows: 2, values: [1, 2, 3, 4, 5, 6])
        let points = GridPoints.points(f).reversed().map { ($0[0], $0[1], $0[2]) }
        #expect(try GridPoints.field(points) == f)
        #expect(throws: GridPoints.Problem.self) { try GridPoints.field(Array(points.dropLast())) }
    }

    /// A header may declare more values than Int holds: 6148914691236517206 × 3 wraps to 2 in
    /// 64-bit arithmetic, which once made the reader trust 48 bytes of data for it.
    @Test func npyDeclaredShapeIsComparedWithTheDataBeforeReading() throws {
        var header = "{'descr': '<f8', 'fortran_order': False, 'shape': (6148914691236517206, 3), }"
        header += String(repeating: " ", count: (64 - (11 + header.count) % 64) % 64) + "\n"
        let bytes: [UInt8] = [0x93] + Array("NUMPY".utf8) + [1, 0, UInt8(header.count), 0] + Array(header.utf8)
            + [UInt8](repeating: 0, count: 48)
        #expect(throws: NPYArray.Problem(message: "is truncated: shape (6148914691236517206, 3) needs 1.84×10¹⁹ values "
                                              + "(1.48×10¹¹ GB), the file holds 48 bytes")) {
            try NPYArray(data: Data(bytes))
        }
    }

    @Test func npyShapesAreWholeNumbers() throws {
        for shape in ["(a, 3)", "(2, -3)", "(1, 1, 1, 1, 1, 1, 1, 1, 1)"] {
            var header = "{'descr': '<f8', 'fortran_order': False, 'shape': \(shape), }"
            header += String(repeating: " ", count: (64 - (11 + header.count) % 64) % 64) + "\n"
            let bytes: [UInt8] = [0x93] + Array("NUMPY".utf8) + [1, 0, UInt8(header.count), 0] + Array(header.utf8)
            #expect(throws: NPYArray.Problem(message: "has a bad shape (\(shape.dropFirst().dropLast()))")) {
                try NPYArray(data: Data(bytes))
            }
        }
        #expect(NPYArray.tuple([7]) == "(7,)" && NPYArray.tuple([2, 3]) == "(2, 3)")
    }

    /// NaN coordinates are unequal to themselves, so they once slipped past the checks of
    /// distinct values and trapped in the lookup of their column.
    @Test func gridPointsMustBeFinite() {
        let square: [(x: Double, y: Double, value: Double)] = [(0, 0, 1), (1, 0, 2), (0, 1, 3), (1, 1, 4)]
        var nanX = square
        nanX[1].x = .nan
        #expect(throws: GridPoints.Problem(message: "row 2: x is NaN; a grid needs finite numbers")) { try GridPoints.field(nanX) }
        var infValue = square
        infValue[3].value = -.infinity
        #expect(throws: GridPoints.Problem(message: "row 4: the value at (1, 1) is −∞; a grid needs finite numbers")) {
            try GridPoints.field(infValue)
        }
    }

    /// A run that diverged asks a sampled surface for f at a NaN point: NaN, not a trap.
    @Test func sampledSurfaceAtANonFinitePointIsNaN() {
        let s = SampledSurface(Field(box: ViewBox(x: 0...1, y: 0...1), columns: 2, rows: 2, values: [1, 2, 3, 4]))
        for p in [Vec2(.nan, 0.5), Vec2(0.5, .infinity)] {
            #expect(s.value(at: p).isNaN && s.gradient(at: p).x.isNaN && s.hessian(at: p).xy.isNaN)
        }
        #expect(s.value(at: Vec2(1, 1)) == 4)
    }
}
