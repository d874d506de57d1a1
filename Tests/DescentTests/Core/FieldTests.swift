import Foundation
import Testing
@testable import Descent

@Suite("Field")
struct FieldTests {
    /// f(x, y) = x + 1000 y: every grid value tells which (x, y) it was sampled at.
    struct Tagged: Surface {
        func value(at p: Vec2) -> Double { p.x + 1000 * p.y }
        func gradient(at p: Vec2) -> Vec2 { Vec2(1, 1000) }
        func hessian(at p: Vec2) -> SymmetricMatrix2 { SymmetricMatrix2(xx: 0, xy: 0, yy: 0) }
    }

    /// log(x): NaN for x < 0, −∞ at 0.
    struct Logarithm: Surface {
        func value(at p: Vec2) -> Double { log(p.x) }
        func gradient(at p: Vec2) -> Vec2 { Vec2(1 / p.x, 0) }
        func hessian(at p: Vec2) -> SymmetricMatrix2 { SymmetricMatrix2(xx: -1 / (p.x * p.x), xy: 0, yy: 0) }
    }

    @Test("sample on a 4 × 3 grid: row 0 at the bottom, index row·columns + column")
    func smallGrid() {
        // x in {−1, 0, 1, 2}, y in {10, 20, 30}: all exact in binary.
        let field = Field.sample(Tagged(), box: ViewBox(x: -1...2, y: 10...30), columns: 4, rows: 3)
        #expect(field.columns == 4 && field.rows == 3)
        #expect(field.dx == 1 && field.dy == 10)
        #expect(field.values == [
            9_999, 10_000, 10_001, 10_002,   // row 0: y = 10
            19_999, 20_000, 20_001, 20_002,  // row 1: y = 20
            29_999, 30_000, 30_001, 30_002,  // row 2: y = 30
        ])
        #expect(field[0, 0] == 9_999)        // bottom left
        #expect(field[3, 0] == 10_002)       // bottom right
        #expect(field[0, 2] == 29_999)       // top left
        #expect(field[1, 2] == 30_000)
        #expect(field.x(column: 3) == 2 && field.y(row: 2) == 30)
    }

    @Test("sample on a grid taller than one parallel chunk: every cell at its own (x, y)")
    func largeGrid() {
        let box = ViewBox(x: 0...6, y: -5...5)
        let columns = 7, rows = 41   // dx = 1, dy = 0.25: all grid coordinates exact
        let field = Field.sample(Tagged(), box: box, columns: columns, rows: rows)
        #expect(field.values.count == columns * rows)
        for row in 0..<rows {
            for column in 0..<columns {
                let expected = Double(column) + 1000 * (-5 + 0.25 * Double(row))
                #expect(field.values[row * columns + column] == expected, "column \(column), row \(row)")
            }
        }
        // The last row and column land exactly on the box's upper bounds.
        #expect(field.x(column: columns - 1) == 6 && field.y(row: rows - 1) == 5)
    }

    @Test("non-finite surface values are kept as they are")
    func nonFiniteValues() {
        let field = Field.sample(Logarithm(), box: ViewBox(x: -1...1, y: 0...1), columns: 3, rows: 2)
        // x in {−1, 0, 1}: log gives NaN, −∞, 0 on each row.
        for row in 0..<2 {
            #expect(field[0, row].isNaN)
            #expect(field[1, row] == -.infinity)
            #expect(field[2, row] == 0)
        }
        #expect(field.finiteRange == 0...0)
    }

    @Test("finiteRange skips NaN and infinities")
    func finiteRange() {
        let box = ViewBox(x: 0...1, y: 0...1)
        let mixed = Field(box: box, columns: 3, rows: 2, values: [.nan, 3, -.infinity, -1.5, .infinity, 2])
        #expect(mixed.finiteRange == -1.5...3)
        let single = Field(box: box, columns: 2, rows: 2, values: [.nan, .nan, 7, .infinity])
        #expect(single.finiteRange == 7...7)
    }

    @Test("finiteRange is nil when no value is finite", arguments: [
        [Double.nan, .nan, .nan, .nan],
        [Double.infinity, -.infinity, .infinity, -.infinity],
        [Double.nan, .infinity, -.infinity, .nan],
    ])
    func noFiniteValue(_ values: [Double]) {
        let field = Field(box: ViewBox(x: 0...1, y: 0...1), columns: 2, rows: 2, values: values)
        #expect(field.finiteRange == nil)
    }
}
