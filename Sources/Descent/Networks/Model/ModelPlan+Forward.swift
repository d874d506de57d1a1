extension ModelPlan {
    /// One sample's outputs (logits or values) with parameters `theta` and running statistics
    /// `buffers`, in any `NetworkScalar`: `Double` for exact values, `Jet` for derivatives
    /// along a plane. The reference the float32 kernel is tested against; slow (one array per step).
    @_specialize(where T == Double)
    @_specialize(where T == Jet)
    public func forward<T: NetworkScalar>(_ theta: [T], buffers: [Double], input: [T]) -> [T] {
        var x = input
        var kept: [[T]] = []
        for op in ops {
            switch op {
            case let .dense(inputs, outputs, weight, bias):
                x = (0..<outputs).map { j in
                    var s = bias.map { theta[$0 + j] } ?? T(0)
                    let row = weight + j * inputs
                    for k in 0..<inputs { s = s + theta[row + k] * x[k] }
                    return s
                }
            case let .conv(c, input, output, weight, bias):
                x = Self.convolve(c, x, input: input, output: output, theta: theta, weight: weight, bias: bias)
            case let .maxPool(p, input, output):
                x = Self.pool(p, x, input: input, output: output, max: true)
            case let .avgPool(p, input, output):
                x = Self.pool(p, x, input: input, output: output, max: false)
            case let .adaptiveAvgPool(input, output):
                x = Self.adaptivePool(x, input: input, output: output)
            case let .batchNorm(channels, size, eps, weight, bias, mean, variance):
                for c in 0..<channels {
                    let scale = theta[weight + c] * (1 / (buffers[variance + c] + eps).squareRoot())
                    for i in (c * size)..<((c + 1) * size) {
                        x[i] = (x[i] - buffers[mean + c]) * scale + theta[bias + c]
                    }
                }
            case let .layerNorm(outer, inner, eps, weight, bias):
                for o in 0..<outer {
                    let r = (o * inner)..<((o + 1) * inner)
                    var mean = T(0)
                    for i in r { mean = mean + x[i] }
                    mean = mean * (1 / Double(inner))
                    var variance = T(0)
                    for i in r { variance = variance + (x[i] - mean) * (x[i] - mean) }
                    let scale = 1 / T.sqrt(variance * (1 / Double(inner)) + eps)
                    for (k, i) in r.enumerated() {
                        var y = (x[i] - mean) * scale
                        if let weight { y = y * theta[weight + k] }
                        if let bias { y = y + theta[bias + k] }
                        x[i] = y
                    }
                }
            case let .activation(a, _):
                x = x.map { a.apply($0) }
            case .residualBegin:
                kept.append(x)
            case .residualEnd:
                let skip = kept.removeLast()
                for i in x.indices { x[i] = x[i] + skip[i] }
            }
        }
        return x
    }

    /// out[o][y][x] = b[o] + Σ over the group's channels c and the kernel (i, j) of
    /// W[o][c][i][j] · in[c][y·s − p + i·d][x·s − p + j·d], zero outside the input.
    @_specialize(where T == Double)
    @_specialize(where T == Jet)
    static func convolve<T: NetworkScalar>(_ c: Convolution, _ x: [T], input: [Int], output: [Int], theta: [T],
                                           weight: Int, bias: Int?) -> [T] {
        let (h, w, oh, ow) = (input[1], input[2], output[1], output[2])
        let perGroupIn = c.inputs / c.groups, perGroupOut = c.outputs / c.groups
        var out = [T](repeating: T(0), count: output.reduce(1, *))
        for o in 0..<c.outputs {
            let g = o / perGroupOut
            for oy in 0..<oh {
                for ox in 0..<ow {
                    var s = bias.map { theta[$0 + o] } ?? T(0)
                    for ci in 0..<perGroupIn {
                        let channel = g * perGroupIn + ci
                        for i in 0..<c.kernel.h {
                            let iy = oy * c.stride.h - c.padding.h + i * c.dilation.h
                            guard iy >= 0, iy < h else { continue }
                            for j in 0..<c.kernel.w {
                                let ix = ox * c.stride.w - c.padding.w + j * c.dilation.w
                                guard ix >= 0, ix < w else { continue }
                                let k = ((o * perGroupIn + ci) * c.kernel.h + i) * c.kernel.w + j
                                s = s + theta[weight + k] * x[(channel * h + iy) * w + ix]
                            }
                        }
                    }
                    out[(o * oh + oy) * ow + ox] = s
                }
            }
        }
        return out
    }

    @_specialize(where T == Double)
    @_specialize(where T == Jet)
    static func pool<T: NetworkScalar>(_ p: Pooling, _ x: [T], input: [Int], output: [Int], max: Bool) -> [T] {
        let (h, w, oh, ow) = (input[1], input[2], output[1], output[2])
        var out = [T](repeating: T(0), count: output.reduce(1, *))
        for c in 0..<input[0] {
            for oy in 0..<oh {
                for ox in 0..<ow {
                    var best: T? = nil
                    var sum = T(0)
                    for i in 0..<p.kernel.h {
                        let iy = oy * p.stride.h - p.padding.h + i
                        guard iy >= 0, iy < h else { continue }
                        for j in 0..<p.kernel.w {
                            let ix = ox * p.stride.w - p.padding.w + j
                            guard ix >= 0, ix < w else { continue }
                            let v = x[(c * h + iy) * w + ix]
                            sum = sum + v
                            // The first of equal values wins, as PyTorch's max pooling picks it.
                            if best == nil || v.value > best!.value { best = v }
                        }
                    }
                    out[(c * oh + oy) * ow + ox] = max ? best! : sum * (1 / Double(p.kernel.h * p.kernel.w))
                }
            }
        }
        return out
    }

    @_specialize(where T == Double)
    @_specialize(where T == Jet)
    static func adaptivePool<T: NetworkScalar>(_ x: [T], input: [Int], output: [Int]) -> [T] {
        let (h, w, oh, ow) = (input[1], input[2], output[1], output[2])
        var out = [T](repeating: T(0), count: output.reduce(1, *))
        for c in 0..<input[0] {
            for oy in 0..<oh {
                let (y0, y1) = adaptiveWindow(oy, oh, h)
                for ox in 0..<ow {
                    let (x0, x1) = adaptiveWindow(ox, ow, w)
                    var sum = T(0)
                    for iy in y0..<y1 { for ix in x0..<x1 { sum = sum + x[(c * h + iy) * w + ix] } }
                    out[(c * oh + oy) * ow + ox] = sum * (1 / Double((y1 - y0) * (x1 - x0)))
                }
            }
        }
        return out
    }

    /// PyTorch's adaptive window of output `i` of `n` over `size` inputs: [⌊i·size/n⌋, ⌈(i+1)·size/n⌉).
    static func adaptiveWindow(_ i: Int, _ n: Int, _ size: Int) -> (Int, Int) {
        (i * size / n, ((i + 1) * size + n - 1) / n)
    }
}
