#ifndef DESCENT_MODEL_KERNEL_H
#define DESCENT_MODEL_KERNEL_H

#include <stddef.h>

/// Kinds of `descent_model_op` (see ModelOp in Swift for their meaning).
enum {
    DESCENT_OP_DENSE, DESCENT_OP_CONV, DESCENT_OP_MAXPOOL, DESCENT_OP_AVGPOOL, DESCENT_OP_ADAPTIVE,
    DESCENT_OP_BATCHNORM, DESCENT_OP_LAYERNORM, DESCENT_OP_ACTIVATION, DESCENT_OP_RESIDUAL_BEGIN,
    DESCENT_OP_RESIDUAL_END
};

/// One step of a sequential model's forward pass, shapes resolved. A dense layer is a
/// convolution of (in_c, 1, 1) to (out_c, 1, 1) with a 1 × 1 kernel.
typedef struct {
    int kind;
    int in_c, in_h, in_w, out_c, out_h, out_w;
    /// Convolution and pooling: kernel, stride, padding, dilation; groups of a convolution.
    int kh, kw, sh, sw, ph, pw, dh, dw, groups;
    /// Offsets into the parameters (weight, bias; −1 when absent) and, for batch
    /// normalization, into the buffers (running mean and variance).
    int weight, bias, mean, var;
    /// Batch and layer normalization: groups (channels) of `inner` values.
    int outer, inner;
    /// Activation: 0 sigmoid, 1 tanh, 2 relu, 3 leaky_relu (0.01), 4 gelu (erf).
    int activation;
    float eps;
} descent_model_op;

/// A sequential model over samples of `input_size` values (C-order (C, H, W) or (D)).
typedef struct {
    int op_count;
    const descent_model_op *ops;
    int input_size;
    int outputs;
    /// 0 mse (summed over outputs), 1 binary cross-entropy with logits, 2 cross-entropy.
    int loss;
    /// The most values one sample's activation holds, and the deepest nesting of residual blocks.
    int max_values;
    int residual_depth;
} descent_model;

/// Floats of scratch memory `descent_model_loss_sum` needs for `model`.
size_t descent_model_scratch_floats(const descent_model *model);

/// The sum of the per-sample losses of samples `first` ..< `first + count` with parameters
/// `params` and running statistics `buffers` (PyTorch's state-dict order, see ModelPlan).
/// `inputs` holds every sample's values, C order, float32 (or float64 when `inputs_f64`);
/// `targets` holds `target_width` floats per sample (class indices for the cross-entropies).
/// Samples are processed 16 at a time, one per SIMD lane; AVX2 and FMA when the processor has them.
/// When `correct` is not NULL, the samples classified right are added to it (cross-entropies only).
double descent_model_loss_sum(const descent_model *model, const float *params, const float *buffers,
                              const void *inputs, int inputs_f64, const float *targets, int target_width,
                              long first, int count, float *scratch, long *correct);

/// The same computation in the portable code path, whatever the processor (for tests).
double descent_model_loss_sum_portable(const descent_model *model, const float *params, const float *buffers,
                                       const void *inputs, int inputs_f64, const float *targets, int target_width,
                                       long first, int count, float *scratch, long *correct);

#endif
