import Foundation
import Testing
@testable import Descent

@Suite("SymmetricMatrix2")
struct SymmetricMatrix2Tests {
    struct EigenCase: Sendable, CustomTestStringConvertible {
        let m: SymmetricMatrix2
        let low: Double, high: Double
        let note: String
        var testDescription: String { note }
    }

    static let cases: [EigenCase] = [
        EigenCase(m: .init(xx: 3, xy: 0, yy: -1), low: -1, high: 3, note: "diagonal, larger first"),
        EigenCase(m: .init(xx: -1, xy: 0, yy: 3), low: -1, high: 3, note: "diagonal, smaller first"),
        EigenCase(m: .init(xx: 2, xy: 1, yy: 2), low: 1, high: 3, note: "[[2,1],[1,2]]"),
        EigenCase(m: .init(xx: 0, xy: 1, yy: 0), low: -1, high: 1, note: "[[0,1],[1,0]]"),
        // trace −1, determinant −6: λ² + λ − 6 = (λ + 3)(λ − 2).
        EigenCase(m: .init(xx: 1, xy: 2, yy: -2), low: -3, high: 2, note: "[[1,2],[2,−2]]"),
        EigenCase(m: .init(xx: 5, xy: 0, yy: 5), low: 5, high: 5, note: "multiple of the identity"),
        EigenCase(m: .init(xx: 0, xy: 0, yy: 0), low: 0, high: 0, note: "zero"),
        // Rosenbrock's Hessian at its minimum (1, 1): [[802, −400], [−400, 200]]:
        // λ = 501 ± √(301² + 400²) = 501 ± √250601.
        EigenCase(m: .init(xx: 802, xy: -400, yy: 200), low: 501 - 250601.0.squareRoot(),
                  high: 501 + 250601.0.squareRoot(), note: "Rosenbrock at (1, 1)"),
        // [[a, a], [a, a]] has eigenvalues 0 and 2a; a = 1e200 must not overflow in between.
        EigenCase(m: .init(xx: 1e200, xy: 1e200, yy: 1e200), low: 0, high: 2e200, note: "1e200 entries"),
    ]

    @Test("eigenvalues in ascending order against hand-computed cases", arguments: cases)
    func eigenvalues(_ c: EigenCase) {
        let (low, high) = c.m.eigenvalues
        let scale = max(1, abs(c.low), abs(c.high))
        #expect(abs(low - c.low) <= 1e-13 * scale, "low \(low) vs \(c.low)")
        #expect(abs(high - c.high) <= 1e-13 * scale, "high \(high) vs \(c.high)")
        #expect(low <= high)
    }

    @Test("eigenvalues sum to the trace and multiply to the determinant (seeded random matrices)")
    func invariants() {
        var rng = SeededRandom(seed: 7)
        for _ in 0..<500 {
            let m = SymmetricMatrix2(xx: .random(in: -10...10, using: &rng), xy: .random(in: -10...10, using: &rng),
                                     yy: .random(in: -10...10, using: &rng))
            let (low, high) = m.eigenvalues
            #expect(abs(low + high - m.trace) <= 1e-12 * 30)
            #expect(abs(low * high - m.determinant) <= 1e-12 * 300)
            // Each eigenvalue makes M − λI singular: det(M − λI) = (xx − λ)(yy − λ) − xy².
            for l in [low, high] {
                #expect(abs((m.xx - l) * (m.yy - l) - m.xy * m.xy) <= 1e-11 * 300)
            }
        }
    }

    @Test("determinant, trace and the product with a vector")
    func basics() {
        let m = SymmetricMatrix2(xx: 2, xy: 1, yy: 2)
        #expect(m.determinant == 3)
        #expect(m.trace == 4)
        // (1, 1) and (1, −1) are eigenvectors with eigenvalues 3 and 1.
        #expect(m * Vec2(1, 1) == Vec2(3, 3))
        #expect(m * Vec2(1, -1) == Vec2(1, -1))
        #expect(SymmetricMatrix2(xx: 1, xy: -3, yy: 4) * Vec2(2, 5) == Vec2(2 - 15, -6 + 20))
        #expect(SymmetricMatrix2(xx: 1, xy: -3, yy: 4).determinant == -5)
    }
}

@Suite("Vec2 and ViewBox")
struct Vec2AndViewBoxTests {
    @Test("arithmetic, dot product and norm")
    func arithmetic() {
        let a = Vec2(3, 4), b = Vec2(-1, 0.5)
        #expect(a.norm == 5)
        #expect(Vec2.zero == Vec2(0, 0) && Vec2.zero.norm == 0)
        #expect(a + b == Vec2(2, 4.5))
        #expect(a - b == Vec2(4, 3.5))
        #expect(-a == Vec2(-3, -4))
        #expect(2 * a == Vec2(6, 8) && a * 2 == Vec2(6, 8))
        #expect(a / 2 == Vec2(1.5, 2))
        #expect(a.dot(b) == -1)
        var c = a
        c += b
        #expect(c == Vec2(2, 4.5))
        c -= b
        #expect(c == a)
    }

    @Test("isFinite is false for any NaN or infinite coordinate")
    func finiteness() {
        #expect(Vec2(1e308, -1e308).isFinite)
        for v in [Vec2(.nan, 0), Vec2(0, .nan), Vec2(.infinity, 0), Vec2(0, -.infinity)] {
            #expect(!v.isFinite, "\(v)")
        }
    }

    @Test("description shows both coordinates")
    func description() {
        #expect(Vec2(1.5, -2).description == "(1.5, -2.0)")
    }

    @Test("ViewBox: width, height and closed containment")
    func viewBox() {
        let box = ViewBox(x: -2...4, y: 1...1.5)
        #expect(box.width == 6 && box.height == 0.5)
        #expect(box.contains(Vec2(0, 1.25)))
        for corner in [Vec2(-2, 1), Vec2(4, 1), Vec2(-2, 1.5), Vec2(4, 1.5)] {
            #expect(box.contains(corner), "\(corner)")
        }
        for outside in [Vec2(-2.0000001, 1.2), Vec2(4.0000001, 1.2), Vec2(0, 0.99), Vec2(0, 1.51),
                        Vec2(.nan, 1.2), Vec2(0, .infinity)] {
            #expect(!box.contains(outside), "\(outside)")
        }
    }
}
