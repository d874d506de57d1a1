import Testing
@testable import Descent

@Suite("Surface derivatives against finite differences")
struct SurfaceDerivativeTests {
    @Test("gradient matches central differences of the value", arguments: SurfaceCase.all)
    func gradient(_ c: SurfaceCase) {
        for p in SurfaceCheck.samplePoints(in: c.domain) {
            let exact = c.surface.gradient(at: p)
            let numeric = SurfaceCheck.numericGradient(c.surface, at: p)
            #expect(SurfaceCheck.isClose(exact, numeric, tolerance: 1e-6), "at \(p): \(exact) vs \(numeric)")
        }
    }

    @Test("Hessian matches central differences of the gradient", arguments: SurfaceCase.all)
    func hessian(_ c: SurfaceCase) {
        for p in SurfaceCheck.samplePoints(in: c.domain) {
            let exact = c.surface.hessian(at: p)
            let numeric = SurfaceCheck.numericHessian(c.surface, at: p)
            #expect(SurfaceCheck.isClose(exact, numeric, tolerance: 1e-6), "at \(p): \(exact) vs \(numeric)")
        }
    }
}
