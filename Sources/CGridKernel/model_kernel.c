// The float32 forward pass of a sequential model (convolutions, pooling, normalization, dense
// layers, residual blocks) and its loss, for loss-landscape grids of users' own networks.
// Samples sit in SIMD lanes as in the MLP kernel: every activation is laid out [value][16], so
// a convolution is broadcast-weight FMAs over contiguous 16-sample vectors (a direct
// convolution, four output channels at a time), and pooling, normalization and activations
// are vectorized across samples without shuffles. One body, compiled for AVX2+FMA (x86-64) and
// portable (the fallback everywhere).
#include "model_kernel.h"
#include "kernel_simd.h"
#include <math.h>
#include <string.h>

#define B DESCENT_BLOCK

// The block of samples first ..< first + n (n ≤ 16) transposed to [value][16], zero lanes past n.
INLINE void load_block(const void *inputs, int f64, int size, long first, int n, float *out) {
    memset(out, 0, sizeof(float) * (size_t)size * B);
    for (int s = 0; s < n; s++) {
        if (f64) {
            const double *x = (const double *)inputs + (first + s) * (long)size;
            for (int d = 0; d < size; d++) out[d * B + s] = (float)x[d];
        } else {
            const float *x = (const float *)inputs + (first + s) * (long)size;
            for (int d = 0; d < size; d++) out[d * B + s] = x[d];
        }
    }
}

// A direct convolution of one block: four output channels of one group at a time, eight
// accumulators (two vectors of 16 lanes for each channel), taps outside the input skipped.
INLINE void conv(const descent_model_op *op, const float *params, const float *in, float *out) {
    int cin = op->in_c / op->groups, cout = op->out_c / op->groups;
    int taps = cin * op->kh * op->kw, plane = op->in_h * op->in_w, oplane = op->out_h * op->out_w;
    const float *W = params + op->weight;
    const float *bias = op->bias >= 0 ? params + op->bias : NULL;
    for (int g = 0; g < op->groups; g++) {
        const float *ing = in + (size_t)g * cin * plane * B;
        for (int co = g * cout; co < (g + 1) * cout; co += 4) {
            int n = (g + 1) * cout - co < 4 ? (g + 1) * cout - co : 4;
            const float *w[4];
            float b[4];
            for (int t = 0; t < 4; t++) {
                int c = co + (t < n ? t : 0);
                w[t] = W + (size_t)c * taps;
                b[t] = bias ? bias[c] : 0.0f;
            }
            for (int oy = 0; oy < op->out_h; oy++) {
                for (int ox = 0; ox < op->out_w; ox++) {
                    v8f a0 = splat(b[0]), a1 = a0, c0 = splat(b[1]), c1 = c0;
                    v8f d0 = splat(b[2]), d1 = d0, e0 = splat(b[3]), e1 = e0;
                    int iy0 = oy * op->sh - op->ph, ix0 = ox * op->sw - op->pw;
                    for (int ci = 0; ci < cin; ci++) {
                        const float *channel = ing + (size_t)ci * plane * B;
                        for (int ky = 0; ky < op->kh; ky++) {
                            int iy = iy0 + ky * op->dh;
                            if (iy < 0 || iy >= op->in_h) continue;
                            const float *row = channel + (size_t)iy * op->in_w * B;
                            int k = (ci * op->kh + ky) * op->kw;
                            for (int kx = 0; kx < op->kw; kx++, k++) {
                                int ix = ix0 + kx * op->dw;
                                if (ix < 0 || ix >= op->in_w) continue;
                                v8f x0 = load8(row + ix * B), x1 = load8(row + ix * B + 8);
                                v8f s0 = splat(w[0][k]), s1 = splat(w[1][k]), s2 = splat(w[2][k]), s3 = splat(w[3][k]);
                                a0 += s0 * x0; a1 += s0 * x1;
                                c0 += s1 * x0; c1 += s1 * x1;
                                d0 += s2 * x0; d1 += s2 * x1;
                                e0 += s3 * x0; e1 += s3 * x1;
                            }
                        }
                    }
                    float *o = out + ((size_t)co * oplane + oy * op->out_w + ox) * B;
                    size_t step = (size_t)oplane * B;
                    store8(o, a0); store8(o + 8, a1);
                    if (n > 1) { store8(o + step, c0); store8(o + step + 8, c1); }
                    if (n > 2) { store8(o + 2 * step, d0); store8(o + 2 * step + 8, d1); }
                    if (n > 3) { store8(o + 3 * step, e0); store8(o + 3 * step + 8, e1); }
                }
            }
        }
    }
}

// Max (padding as −∞) or average (zero padding counted, divisor kh·kw) pooling of one block.
INLINE void pool(const descent_model_op *op, const float *in, float *out, int max) {
    float scale = 1.0f / (float)(op->kh * op->kw);
    for (int c = 0; c < op->in_c; c++) {
        const float *channel = in + (size_t)c * op->in_h * op->in_w * B;
        for (int oy = 0; oy < op->out_h; oy++) {
            for (int ox = 0; ox < op->out_w; ox++) {
                v8f m0 = splat(max ? -INFINITY : 0.0f), m1 = m0;
                for (int ky = 0; ky < op->kh; ky++) {
                    int iy = oy * op->sh - op->ph + ky;
                    if (iy < 0 || iy >= op->in_h) continue;
                    for (int kx = 0; kx < op->kw; kx++) {
                        int ix = ox * op->sw - op->pw + kx;
                        if (ix < 0 || ix >= op->in_w) continue;
                        const float *x = channel + ((size_t)iy * op->in_w + ix) * B;
                        if (max) { m0 = vmax(m0, load8(x)); m1 = vmax(m1, load8(x + 8)); }
                        else { m0 += load8(x); m1 += load8(x + 8); }
                    }
                }
                if (!max) { m0 *= splat(scale); m1 *= splat(scale); }
                float *o = out + (((size_t)c * op->out_h + oy) * op->out_w + ox) * B;
                store8(o, m0); store8(o + 8, m1);
            }
        }
    }
}

// Adaptive average pooling: output i of n averages inputs [⌊i·size/n⌋, ⌈(i+1)·size/n⌉).
INLINE void adaptive(const descent_model_op *op, const float *in, float *out) {
    for (int c = 0; c < op->in_c; c++) {
        const float *channel = in + (size_t)c * op->in_h * op->in_w * B;
        for (int oy = 0; oy < op->out_h; oy++) {
            int y0 = oy * op->in_h / op->out_h, y1 = ((oy + 1) * op->in_h + op->out_h - 1) / op->out_h;
            for (int ox = 0; ox < op->out_w; ox++) {
                int x0 = ox * op->in_w / op->out_w, x1 = ((ox + 1) * op->in_w + op->out_w - 1) / op->out_w;
                v8f m0 = splat(0.0f), m1 = m0;
                for (int iy = y0; iy < y1; iy++) {
                    for (int ix = x0; ix < x1; ix++) {
                        const float *x = channel + ((size_t)iy * op->in_w + ix) * B;
                        m0 += load8(x); m1 += load8(x + 8);
                    }
                }
                v8f scale = splat(1.0f / (float)((y1 - y0) * (x1 - x0)));
                float *o = out + (((size_t)c * op->out_h + oy) * op->out_w + ox) * B;
                store8(o, m0 * scale); store8(o + 8, m1 * scale);
            }
        }
    }
}

// Evaluation-mode batch normalization, in place: per channel x·scale + shift.
INLINE void batchnorm(const descent_model_op *op, const float *params, const float *buffers, float *x) {
    for (int c = 0; c < op->outer; c++) {
        float scale = params[op->weight + c] / sqrtf(buffers[op->var + c] + op->eps);
        v8f s = splat(scale), t = splat(params[op->bias + c] - buffers[op->mean + c] * scale);
        float *p = x + (size_t)c * op->inner * B;
        for (int i = 0; i < op->inner * B; i += 8) store8(p + i, load8(p + i) * s + t);
    }
}

// Layer normalization, in place: each lane's groups of `inner` values to mean 0, variance 1.
INLINE void layernorm(const descent_model_op *op, const float *params, float *x) {
    v8f inv = splat(1.0f / (float)op->inner);
    for (int o = 0; o < op->outer; o++) {
        float *g = x + (size_t)o * op->inner * B;
        for (int half = 0; half < B; half += 8) {
            v8f mean = splat(0.0f), var = splat(0.0f);
            for (int i = 0; i < op->inner; i++) mean += load8(g + i * B + half);
            mean *= inv;
            for (int i = 0; i < op->inner; i++) { v8f d = load8(g + i * B + half) - mean; var += d * d; }
            v8f rstd = splat(1.0f) / __builtin_elementwise_sqrt(var * inv + splat(op->eps));
            for (int i = 0; i < op->inner; i++) {
                v8f y = (load8(g + i * B + half) - mean) * rstd;
                if (op->weight >= 0) y = y * splat(params[op->weight + i]) + splat(params[op->bias + i]);
                store8(g + i * B + half, y);
            }
        }
    }
}

// Samples of the block classified right: the largest output (the first of equal ones, as
// argmax) names the class; binary cross-entropy's one logit names class 1 when above 0.
INLINE long right_in_block(const float *z, const float *t, int outputs, int loss, int n) {
    long right = 0;
    for (int s = 0; s < n; s++) {
        int label = (int)t[s], predicted = 0;
        if (loss == 1) {
            predicted = z[s] > 0.0f;
        } else if (loss == 2) {
            for (int o = 1; o < outputs; o++) if (z[o * B + s] > z[predicted * B + s]) predicted = o;
        } else {
            return 0;
        }
        right += predicted == label;
    }
    return right;
}

INLINE double model_loss_sum(const descent_model *m, const float *params, const float *buffers,
                             const void *inputs, int f64, const float *targets, int width,
                             long first, int count, float *scratch, long *correct) {
    size_t slot = (size_t)m->max_values * B;
    float *bufa = scratch, *bufb = scratch + slot, *zeros = scratch + 2 * slot;
    float *stack = zeros + m->max_values, *tblock = stack + (size_t)m->residual_depth * slot;
    double total = 0;
    for (long start = first; start < first + count; start += B) {
        int n = first + count - start < B ? (int)(first + count - start) : B;
        float *x = bufa, *other = bufb;
        load_block(inputs, f64, m->input_size, start, n, x);
        int depth = 0;
        for (int i = 0; i < m->op_count; i++) {
            const descent_model_op *op = &m->ops[i];
            int values = op->out_c * op->out_h * op->out_w;
            switch (op->kind) {
            case DESCENT_OP_DENSE:
                dense(params + op->weight, op->bias >= 0 ? params + op->bias : zeros, op->in_c, op->out_c, x, other);
                break;
            case DESCENT_OP_CONV: conv(op, params, x, other); break;
            case DESCENT_OP_MAXPOOL: pool(op, x, other, 1); break;
            case DESCENT_OP_AVGPOOL: pool(op, x, other, 0); break;
            case DESCENT_OP_ADAPTIVE: adaptive(op, x, other); break;
            case DESCENT_OP_BATCHNORM: batchnorm(op, params, buffers, x); continue;
            case DESCENT_OP_LAYERNORM: layernorm(op, params, x); continue;
            case DESCENT_OP_ACTIVATION:
                for (int v = 0; v < values * B; v += 8) store8(x + v, activate(load8(x + v), op->activation));
                continue;
            case DESCENT_OP_RESIDUAL_BEGIN:
                memcpy(stack + (size_t)depth++ * slot, x, sizeof(float) * (size_t)values * B);
                continue;
            case DESCENT_OP_RESIDUAL_END: {
                const float *kept = stack + (size_t)--depth * slot;
                for (int v = 0; v < values * B; v += 8) store8(x + v, load8(x + v) + load8(kept + v));
                continue;
            }
            }
            float *t = x; x = other; other = t;
        }
        // Targets of the block as [target][16]; lanes past n are masked out of the sum.
        memset(tblock, 0, sizeof(float) * (size_t)width * B);
        for (int s = 0; s < n; s++) for (int o = 0; o < width; o++) tblock[o * B + s] = targets[(start + s) * width + o];
        total += block_loss(x, tblock, m->outputs, m->loss, n);
        if (correct) *correct += right_in_block(x, tblock, m->outputs, m->loss, n);
    }
    return total;
}

double descent_model_loss_sum_portable(const descent_model *m, const float *params, const float *buffers,
                                       const void *inputs, int f64, const float *targets, int width,
                                       long first, int count, float *scratch, long *correct) {
    return model_loss_sum(m, params, buffers, inputs, f64, targets, width, first, count, scratch, correct);
}

#if defined(__x86_64__)
__attribute__((target("avx2,fma")))
static double model_loss_sum_avx2(const descent_model *m, const float *params, const float *buffers,
                                  const void *inputs, int f64, const float *targets, int width,
                                  long first, int count, float *scratch, long *correct) {
    return model_loss_sum(m, params, buffers, inputs, f64, targets, width, first, count, scratch, correct);
}
#endif

double descent_model_loss_sum(const descent_model *m, const float *params, const float *buffers,
                              const void *inputs, int f64, const float *targets, int width,
                              long first, int count, float *scratch, long *correct) {
#if defined(__x86_64__)
    if (has_avx2()) return model_loss_sum_avx2(m, params, buffers, inputs, f64, targets, width, first, count, scratch, correct);
#endif
    return descent_model_loss_sum_portable(m, params, buffers, inputs, f64, targets, width, first, count, scratch, correct);
}

size_t descent_model_scratch_floats(const descent_model *m) {
    int width = m->outputs > 1 ? m->outputs : 1;
    return (2 + (size_t)m->residual_depth) * m->max_values * B + m->max_values + (size_t)width * B;
}
