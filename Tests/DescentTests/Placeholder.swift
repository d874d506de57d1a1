import Testing
import Foundation
@testable import Descent

@Test func jetMatchesHandDerivatives() {
    // f = x^2 y + sin(y) at (2, 0.5): f_x = 2xy = 2, f_y = x^2 + cos y, f_xx = 2y, f_xy = 2x, f_yy = -sin y
    let x = Jet.x(2), y = Jet.y(0.5)
    let f = Jet.power(x, 2) * y + Jet.sin(y)
    #expect(f.value == 4 * 0.5 + sin(0.5))
    #expect(abs(f.gradient.x - 2) < 1e-15)
    #expect(abs(f.gradient.y - (4 + cos(0.5))) < 1e-15)
    #expect(abs(f.hessian.xx - 1) < 1e-15)
    #expect(abs(f.hessian.xy - 4) < 1e-15)
    #expect(abs(f.hessian.yy + sin(0.5)) < 1e-15)
}
