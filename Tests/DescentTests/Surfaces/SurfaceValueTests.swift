import Foundation
import Testing
@testable import Descent

@Suite("Surface values")
struct SurfaceValueTests {
    /// f at a point away from any minimum, worked out by hand from the published formula.
    static let handComputed: [(name: String, at: Vec2, value: Double)] = [
        ("rosenbrock", Vec2(0, 0), 1),                  // (1 − 0)² + 100·0²
        ("rosenbrock", Vec2(-1, 2), 104),               // (1 + 1)² + 100(2 − 1)²
        ("beale", Vec2(1, 1), 14.203125),               // 1.5² + 2.25² + 2.625²
        ("himmelblau", Vec2(0, 0), 170),                // 11² + 7²
        ("rastrigin", Vec2(0.5, 0), 20.25),             // 20 + 0.25 − 10(cos π + cos 0)
        ("booth", Vec2(0, 0), 74),                      // 7² + 5²
        ("matyas", Vec2(1, 2), 0.34),                   // 0.26·5 − 0.48·2
        ("goldstein_price", Vec2(0, 0), 600),           // (1 + 1·19)(30 + 0)
        ("six_hump_camel", Vec2(1, 1), 1.9 + 1.0 / 3 + 1),  // (4 − 2.1 + ⅓)·1 + 1 + 0
        ("saddle", Vec2(2, 1), 3),
        ("monkey_saddle", Vec2(1, 1), -2),              // 1 − 3
        ("plateau", Vec2(0, 3.0.squareRoot()), tanh(1)),  // √(1 + 3) − 1 = 1
        ("trap", Vec2(0, 2), 3),                        // 1 + 0 + ½·4
        ("trap", Vec2(1, 0), 0.5),                      // 0 + 0.5
        ("quadratic", Vec2(1, 1), 5.5),                 // ½(1 + 10)
    ]

    @Test("f matches hand-computed values", arguments: handComputed.indices)
    func value(_ index: Int) throws {
        let expected = Self.handComputed[index]
        let surface = try #require(SurfaceCatalogue.entry(named: expected.name)).make([:])
        let value = surface.value(at: expected.at)
        #expect(abs(value - expected.value) <= 1e-12 * max(1, abs(expected.value)),
                "\(expected.name) at \(expected.at): \(value)")
    }
}
