import Testing
@testable import Descent

@Suite("Known minima")
struct KnownMinimaTests {
    @Test("every known minimum is a critical point with a positive definite Hessian",
          arguments: SurfaceCase.all)
    func criticalAndConvex(_ c: SurfaceCase) {
        for m in c.surface.knownMinima {
            #expect(c.surface.gradient(at: m).norm < 1e-6, "∇f at \(m) = \(c.surface.gradient(at: m))")
            let (low, _) = c.surface.hessian(at: m).eigenvalues
            #expect(low > 0, "smallest Hessian eigenvalue at \(m) = \(low)")
        }
    }

    /// Published minimum values and locations, each from the literature (Surjanovic & Bingham's
    /// Virtual Library of Simulation Experiments) or closed form.
    static let published: [(name: String, at: Vec2, value: Double)] = [
        ("quadratic", Vec2(0, 0), 0),
        ("rosenbrock", Vec2(1, 1), 0),
        ("beale", Vec2(3, 0.5), 0),
        ("booth", Vec2(1, 3), 0),
        ("matyas", Vec2(0, 0), 0),
        ("goldstein_price", Vec2(0, -1), 3),
        ("rastrigin", Vec2(0, 0), 0),
        ("ackley", Vec2(0, 0), 0),
        ("plateau", Vec2(0, 0), 0),
    ]

    @Test("the global minimum has the published value and is marked",
          arguments: published.map(\.name))
    func publishedMinimum(_ name: String) throws {
        let expected = try #require(Self.published.first { $0.name == name })
        let surface = try #require(SurfaceCatalogue.entry(named: name)).make([:])
        #expect(abs(surface.value(at: expected.at) - expected.value) < 1e-12)
        #expect(surface.knownMinima.contains { ($0 - expected.at).norm < 1e-12 })
    }

    @Test("Himmelblau has four zero minima at the published coordinates")
    func himmelblau() {
        let published = [Vec2(3, 2), Vec2(-2.805118, 3.131312), Vec2(-3.779310, -3.283186),
                         Vec2(3.584428, -1.848126)]
        let minima = Himmelblau().knownMinima
        #expect(minima.count == 4)
        for p in published {
            let m = minima.first { ($0 - p).norm < 1e-6 }
            #expect(m != nil, "no minimum near \(p)")
            if let m { #expect(abs(Himmelblau().value(at: m)) < 1e-20) }
        }
    }

    @Test("six-hump camel: two global minima −1.0316284535, four local ones")
    func sixHumpCamel() {
        let camel = SixHumpCamel()
        let expected: [(Vec2, Double)] = [
            (Vec2(0.0898, -0.7126), -1.0316284535), (Vec2(-0.0898, 0.7126), -1.0316284535),
            (Vec2(1.7036, -0.7961), -0.2154638), (Vec2(-1.7036, 0.7961), -0.2154638),
            (Vec2(1.6071, 0.5687), 2.1042503), (Vec2(-1.6071, -0.5687), 2.1042503),
        ]
        #expect(camel.knownMinima.count == 6)
        for (p, value) in expected {
            let m = camel.knownMinima.first { ($0 - p).norm < 1e-4 }
            #expect(m != nil, "no minimum near \(p)")
            if let m { #expect(abs(camel.value(at: m) - value) < 1e-7) }
        }
        #expect(abs(camel.value(at: camel.knownMinima[0]) - -1.0316284535) < 1e-10)
    }

    @Test("Goldstein–Price local minima are 30, 84 and 840")
    func goldsteinPriceLocal() {
        let gp = GoldsteinPrice()
        let values = gp.knownMinima.map { gp.value(at: $0) }
        #expect(values.count == 4)
        for (value, expected) in zip(values, [3.0, 30, 84, 840]) {
            #expect(abs(value - expected) < 1e-9 * expected)
        }
    }
}
