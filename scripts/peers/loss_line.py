#!/usr/bin/env python3
"""Peer for descent's loss lines: Goodfellow et al. 2015's interpolation plot with numpy and
matplotlib, reusing ../shared/peers/network_surface.py (data, PyTorch-default init, Adam,
batched loss). A 2-32-32-2 tanh MLP trained full-batch with Adam (lr 0.01, 300 steps) on 1000
two-moons points; loss and accuracy at 201 points of theta(a) = (1 - a) theta0 + a theta*,
a in [-0.5, 1.5]; figure: loss over accuracy, dashed rules at theta0 and theta*, PNG, SVG
and PDF. The workload of scripts/peers/interpolation-benchmark.yaml.
Usage: loss_line.py --out DIR [--peers DIR]"""
import argparse
import os
import sys


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--peers", default=os.environ.get("PEERS", "../shared/peers"))
    args = ap.parse_args()
    sys.path.insert(0, args.peers)
    import numpy as np
    import network_surface as ns
    import matplotlib.pyplot as plt

    X, y = ns.make_moons()
    theta0 = ns.init_params()
    traj, _, _ = ns.train(theta0, X, y)
    final = traj[-1]
    alphas = np.linspace(-0.5, 1.5, 201)
    thetas = (1 - alphas)[:, None] * theta0[None, :] + alphas[:, None] * final[None, :]
    y_onehot_t = np.ascontiguousarray(np.eye(ns.SIZES[-1])[y].T)
    losses = np.concatenate([ns.batched_loss(thetas[s:s + ns.CHUNK], X, y_onehot_t)
                             for s in range(0, len(alphas), ns.CHUNK)])
    accuracy = np.array([ns.loss_and_grad(t, X, y)[2] for t in thetas])

    fig, (top, bottom) = plt.subplots(2, 1, sharex=True, figsize=(11, 8), dpi=100)
    top.plot(alphas, losses, color="#4363D8", label="train loss")
    bottom.plot(alphas, accuracy, color="#4363D8")
    for ax in (top, bottom):
        for a in (0, 1):
            ax.axvline(a, color="#555555", linestyle="--", linewidth=1)
    top.set_title("cross-entropy loss", loc="left", fontsize=10)
    bottom.set_title("accuracy", loc="left", fontsize=10)
    bottom.set_xlabel("α:  θ = (1 − α)·θ₀ + α·θ*")
    top.legend()
    fig.suptitle("Interpolating from the initial to the trained weights")
    os.makedirs(args.out, exist_ok=True)
    for ext in ("png", "svg", "pdf"):
        fig.savefig(os.path.join(args.out, f"loss-line.{ext}"))


if __name__ == "__main__":
    main()
