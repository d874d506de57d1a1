import Descent

/// libFuzzer entry: any bytes as a formula must parse or fail with a FormulaError, and a parsed
/// formula must evaluate (value, gradient, Hessian) without trapping.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFormula(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard let formula = try? Formula(text, parameters: ["a": 2, "b": -0.5]) else { return 0 }
    let surface = FormulaSurface(formula)
    for p in [Vec2(0, 0), Vec2(1.5, -2), Vec2(-1e6, 3e-7), Vec2(.nan, 1)] {
        _ = surface.value(at: p)
        _ = surface.jet(at: p)
    }
    _ = formula.prettyText
    return 0
}
