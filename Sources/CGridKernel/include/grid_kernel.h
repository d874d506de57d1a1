#ifndef DESCENT_GRID_KERNEL_H
#define DESCENT_GRID_KERNEL_H

#include <stddef.h>

/// Samples are processed in blocks of this many, one per SIMD lane of two 8-float vectors.
#define DESCENT_BLOCK 16

/// A fully connected network for the float32 grid kernel (see MLP in Swift for the meaning).
typedef struct {
    /// Dense layers; `widths` holds layers + 1 entries.
    int layers;
    const int *widths;
    /// 0 sigmoid, 1 tanh, 2 relu, 3 leaky_relu (0.01), 4 gelu (erf).
    int activation;
    /// Hidden layers l with 0 < l < layers − 1 and equal widths add their input.
    int skip;
    /// 0 mse (summed over outputs), 1 binary cross-entropy with logits, 2 cross-entropy.
    int loss;
} descent_mlp;

/// Floats of scratch memory `descent_mlp_loss_sum` needs for `net`.
size_t descent_mlp_scratch_floats(const descent_mlp *net);

/// The sum over `count` samples of the per-sample loss of `net` with parameters `params`
/// (PyTorch layout: per layer W (out × in, row-major) then b). `inputs` holds
/// ceil(count / 16) blocks of [feature][16] floats, `targets` blocks of [target][16] floats
/// (class indices as floats for the cross-entropies); lanes past `count` are ignored.
/// Uses AVX2 and FMA when the processor has them, portable vector code otherwise.
double descent_mlp_loss_sum(const descent_mlp *net, const float *params, const float *inputs,
                            const float *targets, int target_width, int count, float *scratch);

/// The same computation in the portable fallback, whatever the processor (for tests).
double descent_mlp_loss_sum_portable(const descent_mlp *net, const float *params, const float *inputs,
                                     const float *targets, int target_width, int count, float *scratch);

/// The same computation in the AVX2+FMA path; NaN when the processor lacks it (for tests).
double descent_mlp_loss_sum_avx2(const descent_mlp *net, const float *params, const float *inputs,
                                 const float *targets, int target_width, int count, float *scratch);

/// Floats of scratch memory `descent_mlp_loss_gradient` needs for `net` and targets of `target_width`.
size_t descent_mlp_gradient_scratch_floats(const descent_mlp *net, int target_width);

/// Training's float32 pass: the sum over the samples `indices[0 ..< count]` (0 ..< count when
/// NULL) of the per-sample loss of `net` (at most 255 layers), and `scale` times its gradient
/// with respect to every parameter, written into `gradient` (PyTorch layout, as `params`).
/// `inputs` and `targets` are in the blocked layout of `descent_mlp_loss_sum`; `masks`, when not
/// NULL, holds for each of the `count` samples a factor per hidden unit (layer by layer): the
/// dropout mask, 0 or 1 / (1 − rate).
double descent_mlp_loss_gradient(const descent_mlp *net, const float *params, const float *inputs,
                                 const float *targets, int target_width, const int *indices, int count,
                                 const float *masks, float scale, float *gradient, float *scratch);

/// The same computation in the portable code path, whatever the processor (for tests).
double descent_mlp_loss_gradient_portable(const descent_mlp *net, const float *params, const float *inputs,
                                          const float *targets, int target_width, const int *indices, int count,
                                          const float *masks, float scale, float *gradient, float *scratch);

/// Elementwise tanh, exp and log of `n` floats with the kernel's approximations (for tests).
void descent_kernel_tanh(const float *x, float *y, int n);
void descent_kernel_exp(const float *x, float *y, int n);
void descent_kernel_log(const float *x, float *y, int n);
void descent_kernel_erf(const float *x, float *y, int n);

#endif
