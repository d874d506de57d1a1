import Descent
import Foundation
import Testing
@testable import DescentScene

/// `line:` of a network surface: a 1-D loss plot.
struct LineParsingTests {
    static let network = "surface:\n  network:\n    data: {two_moons: {samples: 40}}\n    validation: 0.25\n    train: {optimizer: adam, steps: 5}\n"

    static func line(_ scene: Scene) -> (specs: [NetworkSpec], line: LineSpec)? {
        guard case let .landscape(.line(specs, line)) = scene.surface else { return nil }
        return (specs, line)
    }

    @Test func anEmptyLineIsTheInterpolationOverMinusHalfToOneAndAHalf() throws {
        let scene = try parse(Self.network + "  line: {}\n")
        let (specs, line) = try #require(Self.line(scene))
        #expect(line == LineSpec(direction: .interpolation, accuracy: false))
        #expect(specs.count == 1 && specs[0].split == .train)
        #expect(scene.view.box.x == -0.5...1.5 && scene.view.resolution == 101 && scene.runs.isEmpty)
        #expect(scene.surface.isLine)
    }

    @Test func randomDirectionTakesThePlanesKeys() throws {
        let scene = try parse(Self.network + """
              line: {direction: random, normalization: layer, seed: 7, accuracy: true}
              split: [train, validation]
            view: {x: [-2, 0.5], resolution: 33}
            """)
        let (specs, line) = try #require(Self.line(scene))
        #expect(line == LineSpec(direction: .random(normalization: .layer, seed: 7), accuracy: true))
        #expect(specs.map(\.split) == [.train, .validation] && specs.map(\.title) == ["train loss", "validation loss"])
        #expect(scene.view.box.x == -2...0.5 && scene.view.resolution == 33)
        let defaults = try #require(Self.line(try parse(Self.network + "  line: {direction: random}\n")))
        #expect(defaults.line.direction == .random(normalization: .filter, seed: 1))
        #expect(try parse(Self.network + "  line: {direction: random}\n").view.box.x == -1...1)
    }

    @Test func aLineIsNotASurface() {
        #expect(parseError(Self.network + "  line: {}\n  plane: {directions: pca}\n")?.field == "surface.plane")
        #expect(parseError(Self.network + "  line: {}\nview: {colormap: magma}\n")?.message
            == "does not apply to a loss line (curves of loss against α); its view takes only `x`, the range of α, and `resolution`")
        let runs = parseError(Self.network + "  line: {}\nruns: [{optimizer: sgd}]\n")
        #expect(runs?.field == "runs" && runs?.line == 7)
        #expect(parseError("surface:\n  formula: x^2\n  line: {}\nview: {x: [0, 1], y: [0, 1]}\nruns: [{optimizer: sgd}]\n")?.field == "surface.line")
    }

    @Test func lineMisspellingsGetAHint() {
        #expect(parseError(Self.network + "  line: {directions: random}\n")?.message == "unknown key for line; did you mean `direction`?")
        #expect(parseError(Self.network + "  line: {direction: randon}\n")?.message == "unknown direction `randon`; did you mean `random`?")
    }
}
