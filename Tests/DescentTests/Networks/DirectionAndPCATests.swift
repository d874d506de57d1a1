import Foundation
import Testing
@testable import Descent

struct DirectionAndPCATests {
    /// 2-2-1 network: W₁ = [[3, 4], [0, 1]], b₁ = [5, 6], W₂ = [[1, 2]], b₂ = [7].
    let network = MLP(widths: [2, 2, 1], activation: .tanh)
    let reference: [Double] = [3, 4, 0, 1, 5, 6, 1, 2, 7]
    let direction: [Double] = [1, 0, 2, 2, 9, 9, 0, 3, 9]

    @Test func filterNormalizationByHand() {
        var d = direction
        Directions.normalize(&d, slots: network.parameterSlots, reference: reference, .filter)
        // Row [1, 0] scaled to |[3, 4]| = 5; row [2, 2] to |[0, 1]| = 1; row [0, 3] to |[1, 2]| = √5.
        let expected: [Double] = [5, 0, 1 / 2.0.squareRoot(), 1 / 2.0.squareRoot(), 0, 0, 0, 5.0.squareRoot(), 0]
        for (a, b) in zip(d, expected) { #expect(abs(a - b) < 1e-9) }
    }

    @Test func layerNormalizationByHand() {
        var d = direction
        Directions.normalize(&d, slots: network.parameterSlots, reference: reference, .layer)
        // Layer 1: |W₁| = √26, |d| = 3 → scale √26/3; layer 2: √5 / 3.
        let s1 = 26.0.squareRoot() / 3, s2 = 5.0.squareRoot() / 3
        let expected: [Double] = [s1, 0, 2 * s1, 2 * s1, 0, 0, 0, 3 * s2, 0]
        for (a, b) in zip(d, expected) { #expect(abs(a - b) < 1e-9) }
    }

    /// A convolution's filters are its output channels: weight (2, 1, 1, 2) = [[3, 4]], [[0, 2]];
    /// the direction's channels [1, 1] and [0, 3] take norms 5 and 2; a 1-D tensor (a layer
    /// norm's weight) gets a zero direction.
    @Test func filterNormalizationOfAConvolutionByHand() {
        let slots = [ParameterSlot(offset: 0, shape: [2, 1, 1, 2]), ParameterSlot(offset: 4, shape: [2])]
        let reference: [Double] = [3, 4, 0, 2, 1, 1]
        var d: [Double] = [1, 1, 0, 3, 5, 5]
        Directions.normalize(&d, slots: slots, reference: reference, .filter)
        let expected: [Double] = [5 / 2.0.squareRoot(), 5 / 2.0.squareRoot(), 0, 2, 0, 0]
        for (a, b) in zip(d, expected) { #expect(abs(a - b) < 1e-9) }
    }

    @Test func noNormalizationKeepsTheDirection() {
        var d = direction
        Directions.normalize(&d, slots: network.parameterSlots, reference: reference, .none)
        #expect(d == direction)
    }

    /// A path spread along e₁ (variance 4·c) and e₂ (c) around the final point: PCA finds ±e₁
    /// with 80 % and ±e₂ with 20 % of the variance.
    @Test func pcaOfABuiltPath() {
        let p = 5
        let final = [1.0, 2, 3, 4, 5]
        var points: [[Double]] = []
        for (a, b) in [(2.0, 1.0), (-2, 1), (2, -1), (-2, -1)] {
            var x = final
            x[1] += a
            x[3] += b
            points.append(x)
        }
        let pca = PathPCA(points: points, final: final)
        #expect(abs(pca.explained.0 - 0.8) < 1e-9)
        #expect(abs(pca.explained.1 - 0.2) < 1e-9)
        #expect(abs(abs(pca.first[1]) - 1) < 1e-9 && abs(abs(pca.second[3]) - 1) < 1e-9)
        // The start (2, 1) projects negative on both.
        #expect(pca.first[1] < 0 && pca.second[3] < 0)
        #expect(pca.first.count == p)
    }

    @Test func planeCoordinatesInvertPoint() {
        let plane = Plane(origin: [1, 1, 1], u: [1, 0, 1], v: [0, 2, 1])
        let c = plane.coordinates(of: plane.point(0.3, -0.7))
        #expect(abs(c.x - 0.3) < 1e-12 && abs(c.y + 0.7) < 1e-12)
    }
}
