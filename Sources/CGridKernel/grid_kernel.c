// The float32 forward pass of a small MLP over a data set, for loss-landscape grids.
// Samples sit in SIMD lanes (blocks of 16 = two 8-float vectors), so every layer is a sequence
// of broadcast-weight FMAs over contiguous activations and the activations and losses are
// vectorized without shuffles. One body, compiled twice: for AVX2+FMA and portable.
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
        int valid = count - blk * DESCENT_BLOCK;
        for (int half = 0; half < DESCENT_BLOCK; half += 8) {
            v8f lanes = lane_loss(in, t, outputs, net->loss, half);
            if (valid - half < 8) {
                v8f index = {0, 1, 2, 3, 4, 5, 6, 7};
                lanes = select8(index < splat((float)(valid - half)), lanes, splat(0.0f));
            }
            float sum = 0;
            for (int i = 0; i < 8; i++) sum += lanes[i];
            total += sum;
        }
    }
    return total;
}

__attribute__((target("avx2,fma")))
static double loss_sum_avx2(const descent_mlp *net, const float *params, const float *inputs,
                            const float *targets, int target_width, int count, float *scratch) {
    return loss_sum(net, params, inputs, targets, target_width, count, scratch);
}

double descent_mlp_loss_sum_portable(const descent_mlp *net, const float *params, const float *inputs,
                                     const float *targets, int target_width, int count, float *scratch) {
    return loss_sum(net, params, inputs, targets, target_width, count, scratch);
}

double descent_mlp_loss_sum(const descent_mlp *net, const float *params, const float *inputs,
                            const float *targets, int target_width, int count, float *scratch) {
    static int vector = -1;
    if (vector < 0) vector = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    return vector ? loss_sum_avx2(net, params, inputs, targets, target_width, count, scratch)
                  : descent_mlp_loss_sum_portable(net, params, inputs, targets, target_width, count, scratch);
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
