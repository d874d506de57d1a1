import Testing
@testable import Descent

/// Critical points of known surfaces. Reference coordinates: the real roots of ∇f = 0 found
/// independently with sympy (resultant of the two partial derivatives in y, roots at 30 digits,
/// kind from the Hessian's eigenvalues), rounded to 12 digits.
@Suite struct CriticalPointFinderTests {
    typealias Expected = (x: Double, y: Double, kind: CriticalPoint.Kind)

    /// Every expected point found once, with its kind, and nothing else.
    static func check(_ found: [CriticalPoint], _ expected: [Expected], tolerance: Double = 1e-6) {
        #expect(found.count == expected.count, "found \(found.map(\.position))")
        for e in expected {
            let matches = found.filter { abs($0.position.x - e.x) < tolerance && abs($0.position.y - e.y) < tolerance }
            #expect(matches.count == 1, "(\(e.x), \(e.y)) found \(matches.count) times")
            #expect(matches.first?.kind == e.kind, "(\(e.x), \(e.y)) is a \(e.kind)")
        }
    }

    static let himmelblau: [Expected] = [
        (3, 2, .minimum), (-2.805118086953, 3.131312518251, .minimum),
        (-3.779310253378, -3.283185991286, .minimum), (3.58442834033, -1.848126526964, .minimum),
        (-3.073025750764, -0.081353044288, .saddle), (-0.127961346731, -1.953714980245, .saddle),
        (0.086677504555, 2.884254701175, .saddle), (3.385154183607, 0.073851879838, .saddle),
        (-0.270844590667, -0.92303855648, .maximum),
    ]

    @Test func himmelblauHasFourMinimaFourSaddlesAndOneMaximum() {
        let found = CriticalPointFinder.find(on: Himmelblau(), in: ViewBox(x: -5...5, y: -5...5))
        Self.check(found, Self.himmelblau)
        // The maximum's value, published as 181.617 (and 181.6165215 by sympy).
        let maximum = found.first { $0.kind == .maximum }
        #expect(abs((maximum?.value ?? 0) - 181.6165215225827) < 1e-6)
        // Known minima are reported at exactly the catalogue's coordinates.
        #expect(found.contains { $0.position == Vec2(3, 2) })
    }

    /// Searched on a 101² grid of Himmelblau (Catmull–Rom), polished on Himmelblau itself: the
    /// same nine points as the search on the surface (sympy's roots above).
    @Test func aStandInFindsThePointsAndTheSurfacePolishesThem() {
        let box = ViewBox(x: -5...5, y: -5...5)
        let grid = SampledSurface(Field.sample(Himmelblau(), box: box, columns: 101, rows: 101))
        let found = CriticalPointFinder.find(on: Himmelblau(), in: box, standIn: grid)
        Self.check(found, Self.himmelblau, tolerance: 1e-9)
    }

    @Test func sixHumpCamelHasSixMinimaSevenSaddlesAndTwoMaxima() {
        let found = CriticalPointFinder.find(on: SixHumpCamel(), in: ViewBox(x: -2...2, y: -1...1))
        Self.check(found, [
            (-1.70360671497, 0.796083568673, .minimum), (1.70360671497, -0.796083568673, .minimum),
            (-1.60710475292, -0.568651454884, .minimum), (1.60710475292, 0.568651454884, .minimum),
            (-0.0898420131, 0.712656403021, .minimum), (0.0898420131, -0.712656403021, .minimum),
            (-1.63806798419, -0.228674069044, .saddle), (1.63806798419, 0.228674069044, .saddle),
            (-1.296070267167, -0.605084388039, .saddle), (1.296070267167, 0.605084388039, .saddle),
            (-1.109205336805, 0.76826809251, .saddle), (1.109205336805, -0.76826809251, .saddle),
            (0, 0, .saddle),
            (-1.230229876517, -0.162334584459, .maximum), (1.230229876517, 0.162334584459, .maximum),
        ])
        // Minima first, lowest first: the two global minima, f = −1.0316284535.
        #expect(found.prefix(2).allSatisfy { abs($0.value + 1.0316284534898774) < 1e-9 })
    }

    @Test func monkeySaddleOriginIsADegenerateSaddle() throws {
        let found = CriticalPointFinder.find(on: MonkeySaddle(), in: ViewBox(x: -2...2, y: -2...2))
        #expect(found.count == 1)
        let point = try #require(found.first)
        #expect(point.kind == .saddle && point.degenerate)
        #expect(point.position.norm < 1e-6)
    }

    @Test func quarticBowlOriginIsADegenerateMinimum() throws {
        let surface = FormulaSurface(try Formula("x^4 + y^4"))
        let found = CriticalPointFinder.find(on: surface, in: ViewBox(x: -1...1, y: -1...1))
        #expect(found.count == 1)
        #expect(found.first?.kind == .minimum && found.first?.degenerate == true)
    }

    @Test func hyperbolicSaddleAndBowl() {
        let saddle = CriticalPointFinder.find(on: Saddle(), in: ViewBox(x: -2...2, y: -2...2))
        #expect(saddle.map(\.kind) == [.saddle])
        #expect(saddle.first?.lowCurvature == -2 && saddle.first?.highCurvature == 2)
        let bowl = CriticalPointFinder.find(on: QuadraticBowl(condition: 10), in: ViewBox(x: -5...5, y: -3.5...3.5))
        #expect(bowl.map(\.kind) == [.minimum])
        #expect(bowl.first?.position == .zero)
    }

    /// A plateau with a vanishing but non-zero gradient has one critical point, the bowl's
    /// bottom; a constant surface has none (no isolated point).
    @Test func flatRegionsAreNotCriticalPoints() throws {
        let plateau = CriticalPointFinder.find(on: TanhPlateau(), in: ViewBox(x: -6...6, y: -6...6))
        #expect(plateau.map(\.position) == [.zero])
        let constant = FormulaSurface(try Formula("3"))
        #expect(CriticalPointFinder.find(on: constant, in: ViewBox(x: -1...1, y: -1...1)).isEmpty)
    }

    /// The tilted double well: its two minima and the barrier between them.
    @Test func trapHasTwoMinimaAndABarrier() {
        let found = CriticalPointFinder.find(on: LocalMinimumTrap(), in: ViewBox(x: -2...2, y: -2...2))
        Self.check(found, [(-1.0574538, 0, .minimum), (0.9304029, 0, .minimum), (0.1270508, 0, .saddle)],
                   tolerance: 1e-6)
    }
}
