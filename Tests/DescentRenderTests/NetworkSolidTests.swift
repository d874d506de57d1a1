import Descent
import DescentScene
import Foundation
import Testing
@testable import DescentRender

/// Network surfaces in 3D: the projection gives each landscape its 2D and 3D panels, and the
/// 3D box names the plane's axes and the loss.
@Suite struct NetworkSolidTests {
    static func figure(_ projection: String) throws -> LandscapeFigure {
        let scene = try SceneLoader.parse(Data("""
            surface:
              network:
                data: {xor: {samples: 30}}
                layers: [4]
                train: {optimizer: adam, steps: 10}
                activation: [tanh, relu]
              plane: {directions: pca}
            view: {resolution: 12, projection: \(projection)}
            """.utf8), file: "n.yaml")
        return try LandscapeFigure(resolved: ResolvedScene(scene))
    }

    @Test func bothGivesARowOfTwoPanelsPerLandscape() throws {
        let figure = try Self.figure("both")
        #expect(figure.panels.map { $0.solid != nil } == [false, true, false, true] && figure.columns == 2)
        #expect(figure.panels[1].axisNames == AxisNames(x: "PC1", y: "PC2", value: "loss"))
        #expect(figure.panels[0].axisNames == figure.panels[1].axisNames)
        // The 3D panel shows the same training path as the 2D one.
        #expect(figure.panels[1].runs.map(\.points) == figure.panels[0].runs.map(\.points) && !figure.panels[1].runs.isEmpty)
        let solid = try Self.figure("3d")
        #expect(solid.panels.allSatisfy { $0.solid != nil } && solid.panels.count == 2)
        #expect(try Self.figure("2d").panels.allSatisfy { $0.solid == nil })
    }

    @Test func symbolsAreTheFirstWordOfAnAxisLabel() {
        #expect(LandscapeFigure.symbol("PC1 (94.7 % of variance)") == "PC1")
        #expect(LandscapeFigure.symbol("α (random direction, filter-normalized)") == "α")
        #expect(LandscapeFigure.symbol("w₁") == "w₁")
    }
}
