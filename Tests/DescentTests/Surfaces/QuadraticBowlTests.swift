import Foundation
import Testing
@testable import Descent

@Suite("Quadratic bowl")
struct QuadraticBowlTests {
    @Test("Hessian eigenvalues are exactly scale and κ·scale for any rotation",
          arguments: [0.0, 17, 45, 90, 123.4, -60, 300])
    func eigenvalues(_ rotation: Double) {
        let bowl = QuadraticBowl(condition: 25, rotation: rotation, scale: 0.5)
        let (low, high) = bowl.hessian(at: Vec2(0.3, -1.7)).eigenvalues
        #expect(abs(low - 0.5) < 1e-12)
        #expect(abs(high - 12.5) < 1e-12)
    }

    @Test("rotation turns the gentle axis to (cos θ, sin θ) and the steep one to (−sin θ, cos θ)",
          arguments: [0.0, 30, 90, 135, -20])
    func eigenvectors(_ rotation: Double) {
        let bowl = QuadraticBowl(condition: 10, rotation: rotation, scale: 2)
        let h = bowl.hessian(at: Vec2(1, 1))
        let theta = rotation * .pi / 180
        let gentle = Vec2(cos(theta), sin(theta))
        let steep = Vec2(-sin(theta), cos(theta))
        #expect(((h * gentle) - 2 * gentle).norm < 1e-12)
        #expect(((h * steep) - 20 * steep).norm < 1e-12)
    }

    @Test("the value is ½·scale·(u² + κv²) on the rotated axes")
    func valueOnAxes() {
        let bowl = QuadraticBowl(condition: 4, rotation: 90, scale: 3)
        // θ = 90°: the gentle axis is y and the steep one is x.
        #expect(abs(bowl.value(at: Vec2(0, 2)) - 6) < 1e-12)  // 3·½·2²
        #expect(abs(bowl.value(at: Vec2(2, 0)) - 24) < 1e-12)  // 3·½·4·2²
    }
}
