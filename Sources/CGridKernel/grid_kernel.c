// The float32 forward pass of a small MLP over a data set, for loss-landscape grids.
// Samples sit in SIMD lanes (blocks of 16 = two 8-float vectors), so every layer is a sequence
// of broadcast-weight FMAs over contiguous activations and the activations and losses are
// vectorized without shuffles. One body, compiled twice: for AVX2+FMA (x86-64 processors that
// have them) and portable (the fallback: the compiler lowers the vector types to whatever the
// target has, SSE2 on any x86-64, NEON on arm64, scalar code elsewhere).
#include "kernel_simd.h"
#include <string.h>
#include <math.h>

INLINE double loss_sum(const descent_mlp *net, const float *params, const float *inputs,
                       const float *targets, int target_width, int count, float *scratch) {
    int max_width = 0;
    for (int l = 0; l <= net->layers; l++) if (net->widths[l] > max_width) max_width = net->widths[l];
    float *bufa = scratch, *bufb = scratch + (size_t)max_width * DESCENT_BLOCK;
    int outputs = net->widths[net->layers];
    int blocks = (count + DESCENT_BLOCK - 1) / DESCENT_BLOCK;
    double total = 0;
    for (int blk = 0; blk < blocks; blk++) {
        const float *in = inputs + (size_t)blk * net->widths[0] * DESCENT_BLOCK;
        const float *p = params;
        float *out = bufa;
        for (int l = 0; l < net->layers; l++) {
            int nin = net->widths[l], nout = net->widths[l + 1];
            dense(p, p + (size_t)nin * nout, nin, nout, in, out);
            p += (size_t)nin * nout + nout;
            if (l < net->layers - 1) {
                int residual = net->skip && l > 0 && nin == nout;
                for (int i = 0; i < nout * DESCENT_BLOCK; i += 8) {
                    v8f a = activate(load8(out + i), net->activation);
                    if (residual) a += load8(in + i);
                    store8(out + i, a);
                }
            }
            in = out;
            out = out == bufa ? bufb : bufa;
        }
        const float *t = targets + (size_t)blk * target_width * DESCENT_BLOCK;
        total += block_loss(in, t, outputs, net->loss, count - blk * DESCENT_BLOCK);
    }
    return total;
}

double descent_mlp_loss_sum_portable(const descent_mlp *net, const float *params, const float *inputs,
                                     const float *targets, int target_width, int count, float *scratch) {
    return loss_sum(net, params, inputs, targets, target_width, count, scratch);
}

#if defined(__x86_64__)
__attribute__((target("avx2,fma")))
static double loss_sum_avx2(const descent_mlp *net, const float *params, const float *inputs,
                            const float *targets, int target_width, int count, float *scratch) {
    return loss_sum(net, params, inputs, targets, target_width, count, scratch);
}
#endif

double descent_mlp_loss_sum_avx2(const descent_mlp *net, const float *params, const float *inputs,
                                 const float *targets, int target_width, int count, float *scratch) {
#if defined(__x86_64__)
    if (has_avx2()) return loss_sum_avx2(net, params, inputs, targets, target_width, count, scratch);
#endif
    (void)net, (void)params, (void)inputs, (void)targets, (void)target_width, (void)count, (void)scratch;
    return NAN;
}

double descent_mlp_loss_sum(const descent_mlp *net, const float *params, const float *inputs,
                            const float *targets, int target_width, int count, float *scratch) {
#if defined(__x86_64__)
    if (has_avx2()) return loss_sum_avx2(net, params, inputs, targets, target_width, count, scratch);
#endif
    return descent_mlp_loss_sum_portable(net, params, inputs, targets, target_width, count, scratch);
}

size_t descent_mlp_scratch_floats(const descent_mlp *net) {
    int max_width = 0;
    for (int l = 0; l <= net->layers; l++) if (net->widths[l] > max_width) max_width = net->widths[l];
    return 2 * (size_t)max_width * DESCENT_BLOCK;
}

#define ELEMENTWISE(name, f)                                             \
    void name(const float *x, float *y, int n) {                         \
        float in[8], out[8];                                             \
        for (int i = 0; i < n; i += 8) {                                 \
            int m = n - i < 8 ? n - i : 8;                               \
            memset(in, 0, sizeof in);                                    \
            memcpy(in, x + i, (size_t)m * sizeof(float));                \
            store8(out, f(load8(in)));                                   \
            memcpy(y + i, out, (size_t)m * sizeof(float));               \
        }                                                                \
    }
ELEMENTWISE(descent_kernel_tanh, vtanh)
ELEMENTWISE(descent_kernel_exp, vexp)
ELEMENTWISE(descent_kernel_log, vlog)
ELEMENTWISE(descent_kernel_erf, verf)

// ---- Training: the loss and its gradient by backpropagation, in float32, 16 samples in lanes.

// act'(z) from z and a = act(z), per lane.
INLINE v8f derivative(v8f z, v8f a, int kind) {
    switch (kind) {
    case 0: return a * (splat(1.0f) - a);
    case 1: return splat(1.0f) - a * a;
    case 2: return select8(z > splat(0.0f), splat(1.0f), splat(0.0f));
    case 3: return select8(z > splat(0.0f), splat(1.0f), splat(0.01f));
    default: {
        v8f phi = vexp(splat(-0.5f) * z * z) * splat(0.398942280401432678f);
        return splat(0.5f) * (splat(1.0f) + verf(z * splat(0.70710678118654752f))) + z * phi;
    }
    }
}

// Per-lane loss of outputs z[o][16] (half-block at `half`) and ∂loss/∂z into dz, times `scale`
// on the first `valid` lanes of the half and zero on the others.
INLINE v8f loss_and_delta(const float *z, const float *t, int outputs, int loss, int half, int valid, float scale, float *dz) {
    v8f index = {0, 1, 2, 3, 4, 5, 6, 7};
    v8i live = index < splat((float)valid);
    v8f s = select8(live, splat(scale), splat(0.0f));
    v8f lanes = lane_loss(z, t, outputs, loss, half);
    if (loss == 0) {
        for (int o = 0; o < outputs; o++) {
            v8f d = load8(z + o * DESCENT_BLOCK + half) - load8(t + o * DESCENT_BLOCK + half);
            store8(dz + o * DESCENT_BLOCK + half, splat(2.0f) * d * s);
        }
    } else if (loss == 1) {
        v8f x = load8(z + half);
        v8f sig = splat(0.5f) * vtanh(splat(0.5f) * x) + splat(0.5f);
        store8(dz + half, (sig - load8(t + half)) * s);
    } else {
        v8f label = load8(t + half), m = load8(z + half);
        for (int o = 1; o < outputs; o++) m = vmax(m, load8(z + o * DESCENT_BLOCK + half));
        v8f sum = splat(0.0f);
        for (int o = 0; o < outputs; o++) {
            v8f e = vexp(load8(z + o * DESCENT_BLOCK + half) - m);
            store8(dz + o * DESCENT_BLOCK + half, e);
            sum += e;
        }
        v8f inv = splat(1.0f) / sum;
        for (int o = 0; o < outputs; o++) {
            v8f p = load8(dz + o * DESCENT_BLOCK + half) * inv;
            p = p - select8(label == splat((float)o), splat(1.0f), splat(0.0f));
            store8(dz + o * DESCENT_BLOCK + half, p * s);
        }
    }
    return select8(live, lanes, splat(0.0f));
}

INLINE double loss_gradient(const descent_mlp *net, const float *params, const float *inputs, const float *targets,
                            int width, const int *indices, int count, const float *masks, float scale,
                            float *gradient, float *scratch) {
    int layers = net->layers, max_width = 0, hidden = 0, params_count = 0;
    int hoff[256], zoff[256], woff[256];
    hoff[0] = 0; zoff[0] = 0; woff[0] = 0;
    for (int l = 0; l <= layers; l++) if (net->widths[l] > max_width) max_width = net->widths[l];
    for (int l = 0; l < layers; l++) {
        hoff[l + 1] = hoff[l] + net->widths[l];
        zoff[l + 1] = zoff[l] + net->widths[l + 1];
        woff[l + 1] = woff[l] + net->widths[l] * net->widths[l + 1] + net->widths[l + 1];
        if (l < layers - 1) hidden += net->widths[l + 1];
    }
    params_count = woff[layers];
    int features = net->widths[0], outputs = net->widths[layers];
    float *H = scratch, *Z = H + (size_t)(hoff[layers] + outputs) * DESCENT_BLOCK, *M = Z + (size_t)zoff[layers] * DESCENT_BLOCK;
    float *delta = M + (size_t)(zoff[layers] > 0 ? zoff[layers] : 1) * DESCENT_BLOCK, *back = delta + (size_t)max_width * DESCENT_BLOCK;
    float *carry = back + (size_t)max_width * DESCENT_BLOCK, *T = carry + (size_t)max_width * DESCENT_BLOCK;
    float *G = T + (size_t)width * DESCENT_BLOCK;
    memset(G, 0, sizeof(float) * (size_t)params_count * 8);
    double total = 0;
    for (int start = 0; start < count; start += DESCENT_BLOCK) {
        int n = count - start < DESCENT_BLOCK ? count - start : DESCENT_BLOCK;
        // Gather the block's samples from the kernel's blocked layout.
        memset(H, 0, sizeof(float) * (size_t)features * DESCENT_BLOCK);
        memset(T, 0, sizeof(float) * (size_t)width * DESCENT_BLOCK);
        for (int lane = 0; lane < n; lane++) {
            int s = indices ? indices[start + lane] : start + lane, b = s / DESCENT_BLOCK, i = s % DESCENT_BLOCK;
            for (int f = 0; f < features; f++) H[f * DESCENT_BLOCK + lane] = inputs[((size_t)b * features + f) * DESCENT_BLOCK + i];
            for (int o = 0; o < width; o++) T[o * DESCENT_BLOCK + lane] = targets[((size_t)b * width + o) * DESCENT_BLOCK + i];
        }
        for (int u = 0; u < zoff[layers]; u++) {
            for (int lane = 0; lane < DESCENT_BLOCK; lane++) {
                float m = 1.0f;
                if (masks && lane < n && u < hidden) m = masks[(size_t)(start + lane) * hidden + u];
                M[u * DESCENT_BLOCK + lane] = m;
            }
        }
        // Forward, keeping every layer's input h_l and pre-activation z_l.
        for (int l = 0; l < layers; l++) {
            int nin = net->widths[l], nout = net->widths[l + 1];
            const float *W = params + woff[l];
            float *h = H + (size_t)hoff[l] * DESCENT_BLOCK, *z = Z + (size_t)zoff[l] * DESCENT_BLOCK;
            float *next = H + (size_t)hoff[l + 1] * DESCENT_BLOCK;
            dense(W, W + (size_t)nin * nout, nin, nout, h, z);
            if (l == layers - 1) {
                memcpy(next, z, sizeof(float) * (size_t)nout * DESCENT_BLOCK);
            } else {
                int residual = net->skip && l > 0 && nin == nout;
                const float *m = M + (size_t)zoff[l] * DESCENT_BLOCK;
                for (int i = 0; i < nout * DESCENT_BLOCK; i += 8) {
                    v8f a = activate(load8(z + i), net->activation) * load8(m + i);
                    if (residual) a += load8(h + i);
                    store8(next + i, a);
                }
            }
        }
        const float *out = H + (size_t)hoff[layers] * DESCENT_BLOCK;
        for (int half = 0; half < DESCENT_BLOCK; half += 8) {
            v8f lanes = loss_and_delta(out, T, outputs, net->loss, half, n - half, scale, delta);
            float sum = 0;
            for (int i = 0; i < 8; i++) sum += lanes[i];
            total += sum;
        }
        // Backward: delta holds ∂loss/∂z_l; carry the residual path's ∂loss/∂h_{l+1}.
        int residual = 0;
        for (int l = layers - 1; l >= 0; l--) {
            int nin = net->widths[l], nout = net->widths[l + 1];
            const float *W = params + woff[l], *h = H + (size_t)hoff[l] * DESCENT_BLOCK;
            float *gW = G + (size_t)woff[l] * 8, *gb = gW + (size_t)nin * nout * 8;
            for (int j = 0; j < nout; j++) {
                v8f d0 = load8(delta + j * DESCENT_BLOCK), d1 = load8(delta + j * DESCENT_BLOCK + 8);
                store8(gb + j * 8, load8(gb + j * 8) + d0 + d1);
                float *row = gW + (size_t)j * nin * 8;
                for (int k = 0; k < nin; k++) {
                    v8f acc = load8(row + k * 8);
                    acc += d0 * load8(h + k * DESCENT_BLOCK) + d1 * load8(h + k * DESCENT_BLOCK + 8);
                    store8(row + k * 8, acc);
                }
            }
            if (l == 0) break;
            // ∂loss/∂h_l = W_lᵀ δ_l (+ the residual path's share when layer l adds its input).
            for (int k = 0; k < nin; k++) {
                v8f b0 = residual ? load8(carry + k * DESCENT_BLOCK) : splat(0.0f);
                v8f b1 = residual ? load8(carry + k * DESCENT_BLOCK + 8) : splat(0.0f);
                for (int j = 0; j < nout; j++) {
                    v8f w = splat(W[(size_t)j * nin + k]);
                    b0 += w * load8(delta + j * DESCENT_BLOCK);
                    b1 += w * load8(delta + j * DESCENT_BLOCK + 8);
                }
                store8(back + k * DESCENT_BLOCK, b0);
                store8(back + k * DESCENT_BLOCK + 8, b1);
            }
            // h_l = act(z_{l−1})·mask (+ h_{l−1} when layer l − 1 is residual).
            const float *zp = Z + (size_t)zoff[l - 1] * DESCENT_BLOCK, *mp = M + (size_t)zoff[l - 1] * DESCENT_BLOCK;
            for (int i = 0; i < nin * DESCENT_BLOCK; i += 8) {
                v8f z = load8(zp + i);
                v8f a = activate(z, net->activation);
                store8(delta + i, load8(back + i) * load8(mp + i) * derivative(z, a, net->activation));
                store8(carry + i, load8(back + i));
            }
            residual = net->skip && l - 1 > 0 && net->widths[l - 1] == net->widths[l];
        }
    }
    for (int p = 0; p < params_count; p++) {
        float sum = 0;
        for (int i = 0; i < 8; i++) sum += G[(size_t)p * 8 + i];
        gradient[p] = sum;
    }
    return total;
}

double descent_mlp_loss_gradient_portable(const descent_mlp *net, const float *params, const float *inputs,
                                          const float *targets, int target_width, const int *indices, int count,
                                          const float *masks, float scale, float *gradient, float *scratch) {
    return loss_gradient(net, params, inputs, targets, target_width, indices, count, masks, scale, gradient, scratch);
}

#if defined(__x86_64__)
__attribute__((target("avx2,fma")))
static double loss_gradient_avx2(const descent_mlp *net, const float *params, const float *inputs, const float *targets,
                                 int width, const int *indices, int count, const float *masks, float scale,
                                 float *gradient, float *scratch) {
    return loss_gradient(net, params, inputs, targets, width, indices, count, masks, scale, gradient, scratch);
}
#endif

double descent_mlp_loss_gradient(const descent_mlp *net, const float *params, const float *inputs,
                                 const float *targets, int target_width, const int *indices, int count,
                                 const float *masks, float scale, float *gradient, float *scratch) {
#if defined(__x86_64__)
    if (has_avx2()) return loss_gradient_avx2(net, params, inputs, targets, target_width, indices, count, masks, scale, gradient, scratch);
#endif
    return descent_mlp_loss_gradient_portable(net, params, inputs, targets, target_width, indices, count, masks, scale, gradient, scratch);
}

size_t descent_mlp_gradient_scratch_floats(const descent_mlp *net, int target_width) {
    size_t widths = 0, units = 0, params = 0;
    int max_width = 0;
    for (int l = 0; l <= net->layers; l++) {
        widths += net->widths[l];
        if (net->widths[l] > max_width) max_width = net->widths[l];
    }
    for (int l = 0; l < net->layers; l++) {
        units += net->widths[l + 1];
        params += (size_t)net->widths[l] * net->widths[l + 1] + net->widths[l + 1];
    }
    return (widths + net->widths[net->layers] + 2 * units + 1 + 3 * (size_t)max_width + target_width) * DESCENT_BLOCK + 8 * params;
}
