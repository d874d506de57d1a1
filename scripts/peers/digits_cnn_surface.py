#!/usr/bin/env python3
"""Peer for descent's own-model grid: what a PyTorch user writes today (the loop of Li et al.'s
loss-landscape code, `plot_surface.crunch`, on one process): load the digits CNN's state dict,
draw two filter-normalized random directions (`normalize_directions_for_weights`,
ignore='biasbn'), and for every point of a 31 × 31 grid over [-1, 1]² set the weights to
θ* + α·δ + β·η and evaluate the mean cross-entropy of the training digits in one batch
(torch.no_grad, evaluation mode, every core). Prints `grid_seconds` (the loop only) and the
GFLOP/s of the forward passes.

Usage: /work/venv/ref/bin/python scripts/peers/digits_cnn_surface.py [--resolution 31] [--threads N]
"""
import argparse
import os
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F
from safetensors.torch import load_file

DATA = os.path.join(os.path.dirname(__file__), "..", "..", "scenes", "data")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--resolution", type=int, default=31)
    ap.add_argument("--threads", type=int, default=os.cpu_count(), help="PyTorch's intra-op threads (default: every core)")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    model = nn.Sequential(nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(), nn.Linear(128, 10))
    model.load_state_dict(load_file(os.path.join(DATA, "digits-cnn.safetensors")))
    model.eval()
    x = torch.from_numpy(np.load(os.path.join(DATA, "digits-train-x.npy")))
    y = torch.from_numpy(np.load(os.path.join(DATA, "digits-train-y.npy")))

    torch.manual_seed(1)
    weights = [p.detach().clone() for p in model.parameters()]

    def direction():
        d = [torch.randn_like(w) for w in weights]
        for di, wi in zip(d, weights):
            if di.dim() <= 1:
                di.zero_()                                   # ignore='biasbn'
            else:
                for f, g in zip(di, wi):                     # one filter per output channel / row
                    f.mul_(g.norm() / (f.norm() + 1e-10))
        return d

    d1, d2 = direction(), direction()
    coords = np.linspace(-1, 1, args.resolution)
    grid = np.empty((args.resolution, args.resolution))
    t0 = time.perf_counter()
    with torch.no_grad():
        for j, b in enumerate(coords):
            for i, a in enumerate(coords):
                for p, w, u, v in zip(model.parameters(), weights, d1, d2):
                    p.copy_(w + a * u + b * v)
                grid[j, i] = F.cross_entropy(model(x), y).item()
    seconds = time.perf_counter() - t0

    n = len(x)
    flops = n * (2 * 8 * 64 * 9 + 2 * 128 * 10)         # the convolution's and the linear layer's multiply-adds
    points = args.resolution ** 2
    print(f"samples: {n}")
    print(f"loss_at_theta_star: {grid[args.resolution // 2, args.resolution // 2]:.6f}")
    print(f"grid_min: {grid.min():.6f}  grid_max: {grid.max():.6f}")
    print(f"flops_per_point: {flops}")
    print(f"gflops: {flops * points / seconds / 1e9:.2f}")
    print(f"threads: {torch.get_num_threads()}")
    print(f"grid_seconds: {seconds:.4f}")


if __name__ == "__main__":
    main()
