import Testing
@testable import Descent

@Suite("Surface catalogue")
struct SurfaceCatalogueTests {
    @Test("names are unique snake_case and every one is found by entry(named:)")
    func names() {
        let names = SurfaceCatalogue.entries.map(\.name)
        #expect(Set(names).count == names.count)
        for name in names {
            #expect(name.allSatisfy { $0.isLowercase || $0 == "_" }, "\(name)")
            #expect(SurfaceCatalogue.entry(named: name)?.name == name)
        }
        #expect(SurfaceCatalogue.entry(named: "rosenbrok") == nil)
    }

    @Test("the catalogue holds the fourteen surfaces")
    func contents() {
        #expect(SurfaceCatalogue.entries.map(\.name) == [
            "quadratic", "rosenbrock", "beale", "himmelblau", "rastrigin", "ackley", "booth",
            "matyas", "goldstein_price", "six_hump_camel", "saddle", "monkey_saddle", "plateau", "trap",
        ])
    }

    @Test("defaults lie in their ranges, parameter names are unique")
    func parameters() {
        for entry in SurfaceCatalogue.entries {
            let names = entry.parameters.map(\.name)
            #expect(Set(names).count == names.count, "\(entry.name)")
            for parameter in entry.parameters {
                #expect(parameter.range.contains(parameter.defaultValue), "\(entry.name).\(parameter.name)")
            }
        }
    }

    @Test("every entry makes its surface, finite at the start, with start and minima in view",
          arguments: SurfaceCatalogue.entries.map(\.name))
    func makes(_ name: String) throws {
        let entry = try #require(SurfaceCatalogue.entry(named: name))
        let surface = entry.make([:])
        #expect(entry.domain.width > 0 && entry.domain.height > 0)
        #expect(entry.domain.contains(entry.suggestedStart))
        #expect(surface.value(at: entry.suggestedStart).isFinite)
        #expect(surface.gradient(at: entry.suggestedStart).isFinite)
        for m in surface.knownMinima { #expect(entry.domain.contains(m), "\(m)") }
    }

    @Test("make passes parameter values through, missing ones take defaults")
    func parameterValues() throws {
        let entry = try #require(SurfaceCatalogue.entry(named: "rosenbrock"))
        let surface = entry.make(["a": 2])
        // (2 − 0)² + 100·(0 − 0)² = 4
        #expect(surface.value(at: .zero) == 4)
        #expect(surface.knownMinima == [Vec2(2, 4)])
    }

    @Test("log colour is preferred exactly for the wide-range surfaces")
    func logColour() {
        let log = SurfaceCatalogue.entries.filter(\.prefersLogColor).map(\.name)
        #expect(Set(log) == ["rosenbrock", "beale", "goldstein_price", "himmelblau"])
    }
}
