#!/usr/bin/env python3
"""Records the PyTorch numbers descent's own-model tests check against (run once; the output is
committed under Tests/DescentTests/Fixtures/Models/).

For each fixture model (covering every layer descent reads: linear, conv2d with stride, padding,
dilation, groups and no bias, batchnorm1d/2d in evaluation mode with running statistics,
layernorm, max, average and adaptive average pooling, flatten, dropout, every activation and
residual blocks) it writes the state dict (.safetensors, or .npz from numpy.savez and numpy.savez_compressed), the data
(.npy), two random directions with the state dict's names, and `expected.json`: the loss PyTorch
computes at θ* + a·d1 + b·d2 for several (a, b), in float32 and float64, and the derivatives of
the float64 loss in a and b (autograd).

Usage: /work/venv/ref/bin/python scripts/record-model-fixtures.py  (torch, safetensors, numpy)
"""
import json
import os

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F
from safetensors.torch import save_file

OUT = os.path.join(os.path.dirname(__file__), "..", "Tests", "DescentTests", "Fixtures", "Models")
POINTS = [(0.0, 0.0), (0.3, -0.2), (-0.7, 0.5), (1.0, 1.0), (-0.25, -0.9)]


class Residual(nn.Sequential):
    """x + block(x): the residual block descent reads as `residual: [...]`."""

    def forward(self, x):
        return x + super().forward(x)


def every_layer_cnn():
    return nn.Sequential(
        nn.Conv2d(2, 4, 3, padding=1),                                   # 0
        nn.BatchNorm2d(4),                                               # 1
        nn.ReLU(),                                                       # 2
        nn.Conv2d(4, 6, 3, stride=2, padding=2, dilation=2, groups=2, bias=False),  # 3
        Residual(nn.Conv2d(6, 6, 3, padding=1), nn.BatchNorm2d(6), nn.GELU()),      # 4
        nn.MaxPool2d(2, stride=1),                                       # 5
        nn.AvgPool2d(2, padding=1),                                      # 6
        nn.AdaptiveAvgPool2d(2),                                         # 7
        nn.Flatten(),                                                    # 8
        nn.Linear(24, 10),                                               # 9
        nn.LayerNorm(10),                                                # 10
        nn.Tanh(),                                                       # 11
        nn.Dropout(0.3),                                                 # 12
        nn.BatchNorm1d(10),                                              # 13
        nn.LeakyReLU(),                                                  # 14
        nn.Linear(10, 3),                                                # 15
    )


def pooling_cnn():
    """Rectangular kernels, max pooling with padding, layernorm over (C, H, W), sigmoid."""
    return nn.Sequential(
        nn.Conv2d(1, 3, (3, 2), stride=(1, 2), padding=(1, 0)),         # 0
        nn.Sigmoid(),                                                    # 1
        nn.MaxPool2d(3, stride=2, padding=1),                            # 2
        nn.LayerNorm([3, 4, 2]),                                         # 3
        nn.Conv2d(3, 3, 1, groups=3),                                    # 4
        nn.AdaptiveAvgPool2d((3, 1)),                                    # 5
        nn.Flatten(),                                                    # 6
        nn.Linear(9, 4),                                                 # 7
    )


def mlp_mse():
    return nn.Sequential(
        nn.Linear(5, 8),                                                 # 0
        nn.Sigmoid(),                                                    # 1
        nn.Linear(8, 8, bias=False),                                     # 2
        nn.ReLU(),                                                       # 3
        Residual(nn.Linear(8, 8), nn.Tanh()),                            # 4
        nn.Linear(8, 2),                                                 # 5
    )


def mlp_bce():
    return nn.Sequential(nn.Linear(3, 4), nn.GELU(), nn.Linear(4, 1))


def randomize(model, generator):
    """Weights as trained ones might be, and running statistics that are not the defaults."""
    with torch.no_grad():
        for name, t in model.state_dict().items():
            if name.endswith("num_batches_tracked"):
                t.fill_(7)
            elif name.endswith("running_var"):
                t.copy_(torch.rand(t.shape, generator=generator, dtype=torch.float64) * 1.5 + 0.5)
            elif name.endswith("running_mean"):
                t.copy_(torch.randn(t.shape, generator=generator, dtype=torch.float64) * 0.3)
            else:
                t.copy_(torch.randn(t.shape, generator=generator, dtype=torch.float64) * 0.5)


def loss_of(model, x, y, kind):
    out = model(x)
    if kind == "cross_entropy":
        return F.cross_entropy(out, y)
    if kind == "mse":
        return F.mse_loss(out, y)
    return F.binary_cross_entropy_with_logits(out.reshape(y.shape), y)


def record(name, model, x, y, kind, weights_format="safetensors", input_dtype=np.float32):
    x = x.astype(input_dtype)   # the inputs exactly as saved
    generator = torch.Generator().manual_seed(sum(map(ord, name)))
    torch.manual_seed(len(name))
    randomize(model, generator)
    model.eval()
    directory = os.path.join(OUT, name)
    os.makedirs(directory, exist_ok=True)
    state = {k: v.detach().clone().contiguous() for k, v in model.state_dict().items()}
    parameters = dict(model.named_parameters())
    directions = [{k: torch.randn(v.shape, generator=generator, dtype=torch.float64).to(v.dtype) for k, v in parameters.items()}
                  for _ in range(2)]
    if weights_format == "safetensors":
        save_file(state, os.path.join(directory, "weights.safetensors"))
    else:
        arrays = {k: v.double().numpy() for k, v in state.items()}
        np.savez(os.path.join(directory, "weights.npz"), **arrays)
        np.savez_compressed(os.path.join(directory, "weights-compressed.npz"), **arrays)
    for i, d in enumerate(directions):
        save_file({k: v.contiguous() for k, v in d.items()}, os.path.join(directory, f"direction-{i + 1}.safetensors"))
    np.save(os.path.join(directory, "inputs.npy"), x)
    np.save(os.path.join(directory, "labels.npy"), y)

    points = []
    for a, b in POINTS:
        row = {"a": a, "b": b}
        for dtype, key in ((torch.float32, "loss_float32"), (torch.float64, "loss_float64")):
            m = model.to(dtype)
            with torch.no_grad():
                for k, p in m.named_parameters():
                    value = state[k].double() + a * directions[0][k].double() + b * directions[1][k].double()
                    p.copy_(value.to(dtype))
                for k, buf in m.named_buffers():
                    buf.copy_(state[k])
            target = torch.tensor(y) if y.dtype == np.int64 else torch.tensor(y, dtype=dtype)
            row[key] = loss_of(m, torch.tensor(x, dtype=dtype), target, kind).item()
        # d/da, d/db of the float64 loss at (a, b), by autograd.
        m = model.double()
        ab = torch.tensor([a, b], dtype=torch.float64, requires_grad=True)
        params = {k: state[k].double() + ab[0] * directions[0][k].double() + ab[1] * directions[1][k].double() for k in parameters}
        buffers = {k: state[k].double() if state[k].is_floating_point() else state[k] for k, _ in m.named_buffers()}
        target = torch.tensor(y) if y.dtype == np.int64 else torch.tensor(y, dtype=torch.float64)
        loss = loss_of(lambda inp: torch.func.functional_call(m, {**params, **buffers}, (inp,)),
                       torch.tensor(x, dtype=torch.float64), target, kind)
        grad, = torch.autograd.grad(loss, ab)
        row["gradient_float64"] = grad.tolist()
        points.append(row)
    return {"loss": kind, "parameters": sum(p.numel() for p in parameters.values()), "points": points}


def main():
    rng = np.random.RandomState(0)
    expected = {}
    x = rng.normal(size=(24, 2, 9, 9))
    y = rng.randint(0, 3, size=24).astype(np.int64)
    expected["every-layer-cnn"] = record("every-layer-cnn", every_layer_cnn(), x, y, "cross_entropy")
    x = rng.normal(size=(12, 1, 7, 6))
    y = rng.randint(0, 4, size=12).astype(np.int64)
    expected["pooling-cnn"] = record("pooling-cnn", pooling_cnn(), x, y, "cross_entropy")
    x = rng.normal(size=(30, 5))
    y = rng.normal(size=(30, 2)).astype(np.float32)
    expected["mlp-mse"] = record("mlp-mse", mlp_mse(), x, y, "mse")
    x = rng.normal(size=(20, 3))
    y = (rng.uniform(size=20) < 0.5).astype(np.float64)
    expected["mlp-bce"] = record("mlp-bce", mlp_bce().double(), x, y, "binary_cross_entropy",
                                 weights_format="npz", input_dtype=np.float64)
    with open(os.path.join(OUT, "expected.json"), "w") as f:
        json.dump({"torch": torch.__version__, "fixtures": expected}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
