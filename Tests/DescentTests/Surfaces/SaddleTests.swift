import Testing
@testable import Descent

@Suite("Saddles")
struct SaddleTests {
    @Test("x² − y² has a critical point at the origin with Hessian diag(2, −2)")
    func saddle() {
        let s = Saddle()
        #expect(s.gradient(at: .zero) == .zero)
        #expect(s.hessian(at: .zero) == SymmetricMatrix2(xx: 2, xy: 0, yy: -2))
        let (low, high) = s.hessian(at: .zero).eigenvalues
        #expect(low < 0 && high > 0)
        #expect(s.knownMinima.isEmpty)
    }

    @Test("x³ − 3xy² has gradient and Hessian zero at the origin, and f changes sign there")
    func monkeySaddle() {
        let s = MonkeySaddle()
        #expect(s.gradient(at: .zero) == .zero)
        #expect(s.hessian(at: .zero) == SymmetricMatrix2(xx: 0, xy: 0, yy: 0))
        #expect(s.value(at: Vec2(0.1, 0)) > 0 && s.value(at: Vec2(-0.1, 0)) < 0)
        #expect(s.knownMinima.isEmpty)
    }
}
