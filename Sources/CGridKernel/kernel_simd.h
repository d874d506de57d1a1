// SIMD helpers shared by the float32 kernels: 8-float vectors, the approximations of tanh, exp,
// log and erf, the activations, the dense layer over blocks of 16 samples and the per-lane losses.
// Every function is inlined into its caller, so each kernel compiles them for its own target.
#ifndef DESCENT_KERNEL_SIMD_H
#define DESCENT_KERNEL_SIMD_H

#include "grid_kernel.h"
#include <stddef.h>

#pragma STDC FP_CONTRACT ON
// Every function taking or returning a vector is inlined, so no vector crosses an ABI boundary.
#pragma clang diagnostic ignored "-Wpsabi"

typedef float v8f __attribute__((vector_size(32)));
typedef int v8i __attribute__((vector_size(32)));
typedef float v8f_u __attribute__((vector_size(32), aligned(4)));

#define INLINE static inline __attribute__((always_inline))

#if defined(__x86_64__)
// Whether the processor runs the AVX2+FMA bodies (asked once per kernel file).
static inline int has_avx2(void) {
    static int known = -1;
    if (known < 0) known = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    return known;
}
#endif

INLINE v8f load8(const float *p) { return *(const v8f_u *)p; }
INLINE void store8(float *p, v8f v) { *(v8f_u *)p = v; }
INLINE v8f splat(float x) { return (v8f){x, x, x, x, x, x, x, x}; }
INLINE v8f vmax(v8f a, v8f b) { return __builtin_elementwise_max(a, b); }
INLINE v8f vmin(v8f a, v8f b) { return __builtin_elementwise_min(a, b); }
INLINE v8f select8(v8i mask, v8f a, v8f b) { return (v8f)(((v8i)a & mask) | ((v8i)b & ~mask)); }
INLINE v8f vabs(v8f x) { return (v8f)((v8i)x & (v8i){0x7fffffff, 0x7fffffff, 0x7fffffff, 0x7fffffff, 0x7fffffff, 0x7fffffff, 0x7fffffff, 0x7fffffff}); }

// Rational minimax tanh on [-7.9, 7.9] (Eigen's generic_fast_tanh_float), |error| < 2 ulp-ish.
INLINE v8f vtanh(v8f x) {
    x = vmin(vmax(x, splat(-7.90531110763549805f)), splat(7.90531110763549805f));
    v8f x2 = x * x;
    v8f p = splat(-2.76076847742355e-16f);
    p = p * x2 + splat(2.00018790482477e-13f);
    p = p * x2 + splat(-8.60467152213735e-11f);
    p = p * x2 + splat(5.12229709037114e-08f);
    p = p * x2 + splat(1.48572235717979e-05f);
    p = p * x2 + splat(6.37261928875436e-04f);
    p = p * x2 + splat(4.89352455891786e-03f);
    p = p * x;
    v8f q = splat(1.19825839466702e-06f);
    q = q * x2 + splat(1.18534705686654e-04f);
    q = q * x2 + splat(2.26843463243900e-03f);
    q = q * x2 + splat(4.89352518554385e-03f);
    return p / q;
}

// Cephes expf: e^x = 2^n e^r, |r| ≤ ln2/2, degree-6 polynomial; clamped to the float range.
INLINE v8f vexp(v8f x) {
    x = vmin(vmax(x, splat(-87.3f)), splat(88.7f));
    v8f n = __builtin_elementwise_floor(x * splat(1.44269504088896341f) + splat(0.5f));
    x = x - n * splat(0.693359375f);
    x = x - n * splat(-2.12194440e-4f);
    v8f y = splat(1.9875691500e-4f);
    y = y * x + splat(1.3981999507e-3f);
    y = y * x + splat(8.3334519073e-3f);
    y = y * x + splat(4.1665795894e-2f);
    y = y * x + splat(1.6666665459e-1f);
    y = y * x + splat(5.0000001201e-1f);
    y = y * (x * x) + x + splat(1.0f);
    v8i e = (__builtin_convertvector(n, v8i) + 127) << 23;
    return y * (v8f)e;
}

// Cephes logf for x > 0: x = m 2^e with m in [√½, √2), degree-8 polynomial in m − 1.
INLINE v8f vlog(v8f x) {
    x = vmax(x, splat(1.17549435e-38f));
    v8i bits = (v8i)x;
    v8f e = __builtin_convertvector(((bits >> 23) & 0xff) - 126, v8f);
    v8f m = (v8f)((bits & 0x007fffff) | 0x3f000000);  // in [0.5, 1)
    v8i small = m < splat(0.707106781186547524f);
    e = e - select8(small, splat(1.0f), splat(0.0f));
    m = m + select8(small, m, splat(0.0f)) - splat(1.0f);
    v8f z = m * m;
    v8f y = splat(7.0376836292e-2f);
    y = y * m + splat(-1.1514610310e-1f);
    y = y * m + splat(1.1676998740e-1f);
    y = y * m + splat(-1.2420140846e-1f);
    y = y * m + splat(1.4249322787e-1f);
    y = y * m + splat(-1.6668057665e-1f);
    y = y * m + splat(2.0000714765e-1f);
    y = y * m + splat(-2.4999993993e-1f);
    y = y * m + splat(3.3333331174e-1f);
    y = y * m * z;
    y = y + e * splat(-2.12194440e-4f);
    y = y - splat(0.5f) * z;
    return m + y + e * splat(0.693359375f);
}

// Abramowitz and Stegun 7.1.26, |error| < 1.5e-7, odd extension.
INLINE v8f verf(v8f x) {
    v8f a = vabs(x);
    v8f t = splat(1.0f) / (splat(1.0f) + splat(0.3275911f) * a);
    v8f p = splat(1.061405429f);
    p = p * t + splat(-1.453152027f);
    p = p * t + splat(1.421413741f);
    p = p * t + splat(-0.284496736f);
    p = p * t + splat(0.254829592f);
    v8f r = splat(1.0f) - p * t * vexp(-a * a);
    return select8(x < splat(0.0f), -r, r);
}

INLINE v8f activate(v8f x, int kind) {
    switch (kind) {
    case 0: return splat(0.5f) * vtanh(splat(0.5f) * x) + splat(0.5f);
    case 1: return vtanh(x);
    case 2: return vmax(x, splat(0.0f));
    case 3: return select8(x > splat(0.0f), x, splat(0.01f) * x);
    default: return splat(0.5f) * x * (splat(1.0f) + verf(x * splat(0.70710678118654752f)));
    }
}

// out[j][16] = b[j] + Σ_k W[j][k] in[k][16], four outputs at a time (8 accumulators).
INLINE void dense(const float *W, const float *b, int nin, int nout, const float *in, float *out) {
    int j = 0;
    for (; j + 4 <= nout; j += 4) {
        const float *w0 = W + (size_t)j * nin, *w1 = w0 + nin, *w2 = w1 + nin, *w3 = w2 + nin;
        v8f a0 = splat(b[j]), a1 = a0, c0 = splat(b[j + 1]), c1 = c0;
        v8f d0 = splat(b[j + 2]), d1 = d0, e0 = splat(b[j + 3]), e1 = e0;
        for (int k = 0; k < nin; k++) {
            v8f x0 = load8(in + k * DESCENT_BLOCK), x1 = load8(in + k * DESCENT_BLOCK + 8);
            v8f s0 = splat(w0[k]), s1 = splat(w1[k]), s2 = splat(w2[k]), s3 = splat(w3[k]);
            a0 += s0 * x0; a1 += s0 * x1;
            c0 += s1 * x0; c1 += s1 * x1;
            d0 += s2 * x0; d1 += s2 * x1;
            e0 += s3 * x0; e1 += s3 * x1;
        }
        float *o = out + j * DESCENT_BLOCK;
        store8(o, a0); store8(o + 8, a1);
        store8(o + 16, c0); store8(o + 24, c1);
        store8(o + 32, d0); store8(o + 40, d1);
        store8(o + 48, e0); store8(o + 56, e1);
    }
    for (; j < nout; j++) {
        const float *w = W + (size_t)j * nin;
        v8f a0 = splat(b[j]), a1 = a0;
        for (int k = 0; k < nin; k++) {
            v8f s = splat(w[k]);
            a0 += s * load8(in + k * DESCENT_BLOCK);
            a1 += s * load8(in + k * DESCENT_BLOCK + 8);
        }
        store8(out + j * DESCENT_BLOCK, a0);
        store8(out + j * DESCENT_BLOCK + 8, a1);
    }
}

// Per-lane loss of one half-block (8 lanes at offset `half`) of outputs z[o][16].
INLINE v8f lane_loss(const float *z, const float *t, int outputs, int loss, int half) {
    if (loss == 0) {
        v8f s = splat(0.0f);
        for (int o = 0; o < outputs; o++) {
            v8f d = load8(z + o * DESCENT_BLOCK + half) - load8(t + o * DESCENT_BLOCK + half);
            s += d * d;
        }
        return s;
    }
    if (loss == 1) {
        v8f x = load8(z + half), y = load8(t + half);
        return vmax(x, splat(0.0f)) - x * y + vlog(splat(1.0f) + vexp(-vabs(x)));
    }
    v8f label = load8(t + half);
    v8f m = load8(z + half);
    for (int o = 1; o < outputs; o++) m = vmax(m, load8(z + o * DESCENT_BLOCK + half));
    v8f s = splat(0.0f), picked = splat(0.0f);
    for (int o = 0; o < outputs; o++) {
        v8f zo = load8(z + o * DESCENT_BLOCK + half);
        s += vexp(zo - m);
        picked = select8(label == splat((float)o), zo, picked);
    }
    return m + vlog(s) - picked;
}

// The sum of the losses of a block's first `valid` samples (its outputs z[o][16], targets t[o][16]).
INLINE float block_loss(const float *z, const float *t, int outputs, int loss, int valid) {
    float sum = 0;
    for (int half = 0; half < DESCENT_BLOCK; half += 8) {
        v8f lanes = lane_loss(z, t, outputs, loss, half);
        if (valid - half < 8) {
            v8f index = {0, 1, 2, 3, 4, 5, 6, 7};
            lanes = select8(index < splat((float)(valid - half)), lanes, splat(0.0f));
        }
        for (int i = 0; i < 8; i++) sum += lanes[i];
    }
    return sum;
}

#endif
