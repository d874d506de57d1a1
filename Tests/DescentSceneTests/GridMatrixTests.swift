import Descent
import Foundation
import Testing
@testable import DescentScene

/// `.npy` grids stored as a matrix Z[i, j] of values at x = xs[j], y = ys[i] over the view's
/// box, as `np.meshgrid(xs, ys)` lays them out; files built byte by byte as numpy writes them.
struct GridMatrixTests {
    /// A version 1.0 `.npy` file: magic, header padded to 64 bytes, then `payload`.
    static func npy(descr: String, fortran: Bool = false, shape: String, payload: [UInt8]) -> Data {
        var header = "{'descr': '\(descr)', 'fortran_order': \(fortran ? "True" : "False"), 'shape': \(shape), }"
        header += String(repeating: " ", count: (64 - (11 + header.utf8.count) % 64) % 64) + "\n"
        let length = header.utf8.count
        return Data([0x93] + Array("NUMPY".utf8) + [1, 0, UInt8(length & 0xff), UInt8(length >> 8)] + Array(header.utf8) + payload)
    }

    static func float64(_ values: [Double]) -> [UInt8] {
        values.flatMap { v in withUnsafeBytes(of: v.bitPattern.littleEndian) { Array($0) } }
    }

    static func float32(_ values: [Float]) -> [UInt8] {
        values.flatMap { v in withUnsafeBytes(of: v.bitPattern.littleEndian) { Array($0) } }
    }

    /// Writes `data` as z.npy next to a scene that reads it with `view`; returns the parse result.
    static func load(_ data: Data, view: String = "view: {x: [0, 2], y: [10, 11]}\n") throws -> Result<Scene, SceneError> {
        let dir = NSTemporaryDirectory() + "descent-npy-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try data.write(to: URL(fileURLWithPath: dir + "/z.npy"))
        let yaml = "surface: {grid: z.npy}\n" + view
        do throws(SceneError) {
            return .success(try SceneLoader.parse(Data(yaml.utf8), file: dir + "/t.yaml"))
        } catch {
            return .failure(error)
        }
    }

    static func field(_ scene: Scene) -> Field? {
        guard case let .landscape(.grid(grid)) = scene.surface else { return nil }
        return grid.field
    }

    static func message(_ result: Result<Scene, SceneError>) -> String? {
        if case let .failure(error) = result { return error.message }
        return nil
    }

    /// Z = [[1, 2, 3, 4], [5, 6, 7, 8]] over x ∈ [0, 3], y ∈ [10, 11]: row 0 at y = 10, so
    /// f(3, 10) = 4 and f(0, 11) = 5; the same in float32 and in Fortran order.
    @Test func matrixRowsGoUpInY() throws {
        let files = [
            Self.npy(descr: "<f8", shape: "(2, 4)", payload: Self.float64([1, 2, 3, 4, 5, 6, 7, 8])),
            Self.npy(descr: "<f4", shape: "(2, 4)", payload: Self.float32([1, 2, 3, 4, 5, 6, 7, 8])),
            Self.npy(descr: "<f8", fortran: true, shape: "(2, 4)", payload: Self.float64([1, 5, 2, 6, 3, 7, 4, 8])),
        ]
        for data in files {
            let scene = try Self.load(data, view: "view: {x: [0, 3], y: [10, 11]}\n").get()
            let field = try #require(Self.field(scene))
            #expect(field.columns == 4 && field.rows == 2 && field.box == ViewBox(x: 0...3, y: 10...11))
            #expect(field[3, 0] == 4 && field[0, 1] == 5)
            let surface = ResolvedScene(scene).landscapes[0].exact
            #expect(surface.value(at: Vec2(3, 10)) == 4 && surface.value(at: Vec2(0, 11)) == 5 && surface.value(at: Vec2(1, 10)) == 2)
            #expect(scene.view.box == field.box)
        }
    }

    /// An array of three columns is read as x, y, value rows; when they make no grid and the
    /// view gives a box, the error says how a matrix is told apart.
    @Test func threeColumnsAreRows() throws {
        let data = Self.npy(descr: "<f8", shape: "(2, 3)", payload: Self.float64([1, 2, 3, 4, 5, 6]))
        #expect(Self.message(try Self.load(data)) == "`z.npy`: has 2 points; a grid of 2 x by 2 y values needs 4, each once "
            + "(an array of shape (N, 3) holds x, y, value rows; a matrix of values needs another number of columns)")
        #expect(Self.message(try Self.load(data, view: ""))?.hasSuffix("needs 4, each once") == true)
    }

    @Test func aMatrixNeedsTheViewsBox() throws {
        let data = Self.npy(descr: "<f8", shape: "(2, 4)", payload: Self.float64(Array(repeating: 1, count: 8)))
        #expect(Self.message(try Self.load(data, view: "view: {x: [0, 1]}\n"))
            == "`z.npy`: is a 2 × 4 matrix of values without coordinates: give `view.x` and `view.y`, the box it covers (row 0 at the lowest y)")
        #expect(Self.message(try Self.load(data, view: "")) != nil)
    }

    @Test func badMatricesAreRefusedWithTheirShapeOrValue() throws {
        let cases: [(Data, String)] = [
            (Self.npy(descr: "<f8", shape: "(2, 2)", payload: Self.float64([1, 2, .nan, 4])),
             "`z.npy`: holds NaN at [1, 0]; every value must be a finite number"),
            (Self.npy(descr: "<f4", shape: "(2, 2)", payload: Self.float32([1, -.infinity, 3, 4])),
             "`z.npy`: holds −∞ at [0, 1]; every value must be a finite number"),
            (Self.npy(descr: "<f8", shape: "(1, 5)", payload: Self.float64([1, 2, 3, 4, 5])),
             "`z.npy`: is a matrix of shape (1, 5); a surface needs at least 2 rows and 2 columns"),
            (Self.npy(descr: "<f8", shape: "(2, 2, 2)", payload: Self.float64(Array(repeating: 1, count: 8))),
             "`z.npy`: has shape (2, 2, 2); expected rows of x, y, value (N, 3) or a matrix of values (rows, columns)"),
            (Self.npy(descr: "<f8", shape: "(4,)", payload: Self.float64([1, 2, 3, 4])),
             "`z.npy`: has shape (4,); expected rows of x, y, value (N, 3) or a matrix of values (rows, columns)"),
            (Self.npy(descr: "<c16", shape: "(2, 2)", payload: Array(repeating: 0, count: 64)),
             "`z.npy`: has data type '<c16'; descent reads <f8, <f4, <i8 and <i4"),
            (Self.npy(descr: "<f8", shape: "(3, 3)", payload: Self.float64([1, 2, 3])),
             "`z.npy`: is truncated: shape (3, 3) needs 9 values (72 bytes), the file holds 24 bytes"),
        ]
        for (data, expected) in cases {
            #expect(Self.message(try Self.load(data)) == expected)
        }
    }

    /// Rows of x, y, value with a NaN coordinate: x values {0, NaN} and y values {0, 1} make the
    /// counts of a 2 × 2 grid, and the NaN x then had no column (a crash); now it is refused.
    @Test func rowsWithANaNCoordinateAreRefused() throws {
        let rows: [Double] = [0, 0, 1, .nan, 0, 2, 0, 1, 3, 0, 1, 4]
        let data = Self.npy(descr: "<f8", shape: "(4, 3)", payload: Self.float64(rows))
        #expect(Self.message(try Self.load(data, view: "")) == "`z.npy`: row 2: x is NaN; a grid needs finite numbers")
        var good = rows
        good[3] = 1
        good[9] = 1
        #expect(try Self.field(Self.load(Self.npy(descr: "<f8", shape: "(4, 3)", payload: Self.float64(good)), view: "").get())?[1, 1] == 4)
    }
}
