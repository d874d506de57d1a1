/// A tick value written exactly in decimal: significand × 10^exponent.
///
/// `value` is the Double nearest that decimal (the same Double the literal `3e-1` gives), so a
/// tick meant as 0.3 is 0.3, never 0.30000000000000004 from repeated addition.
struct DecimalTick {
    let significand: Int
    let exponent: Int

    var value: Double { Double("\(significand)e\(exponent)")! }
}
