extension FormulaProgram {
    /// The formula at (`x`, `y`), in any `DiffScalar` (`Double` for values, `Jet` for exact
    /// derivatives).
    ///
    /// Runs the instructions on a stack of `stackSize` values: the top in a local variable,
    /// the rest in memory allocated for the call on the machine stack when it fits
    /// (`withUnsafeTemporaryAllocation`). No heap allocation, no recursion.
    func evaluate<T: DiffScalar>(_ x: T, _ y: T) -> T {
        instructions.withUnsafeBufferPointer { code in
            withUnsafeTemporaryAllocation(of: T.self, capacity: stackSize) { below in
                // The stack is below[1..<count] then top. The first push parks a placeholder
                // in below[0] so that pushes need no test; it is never read as a value.
                var top = x
                var count = 0
                func push(_ value: T) {
                    below.initializeElement(at: count, to: top)
                    count += 1
                    top = value
                }
                func popBelow() -> T {
                    count -= 1
                    return below.moveElement(from: count)
                }
                func read(_ leaf: FormulaLeaf) -> T {
                    switch leaf {
                    case .x: x
                    case .y: y
                    case .constant(let value): T(value)
                    }
                }
                for instruction in code {
                    switch instruction {
                    case .load(let leaf): push(read(leaf))
                    case .unary(let operation, nil): top = operation.apply(top)
                    case .unary(let operation, let leaf?): push(operation.apply(read(leaf)))
                    case .binary(let operation, nil, nil): top = operation.apply(popBelow(), top)
                    case .binary(let operation, nil, let right?): top = operation.apply(top, read(right))
                    case .binary(let operation, let left?, nil): top = operation.apply(read(left), top)
                    case .binary(let operation, let left?, let right?):
                        push(operation.apply(read(left), read(right)))
                    }
                }
                _ = popBelow()
                return top
            }
        }
    }
}
