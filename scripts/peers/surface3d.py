#!/usr/bin/env python3
"""Peer for the 3D benchmark: Rosenbrock as a 200 x 200 surface with matplotlib's plot_surface.

The figure of surface3d.yaml, written the way a researcher writes it today: heights and colours
log10(1 + f) on a 200 x 200 grid drawn at full resolution (rstride = cstride = 1), viridis,
20 contour lines projected on the floor, one Adam run (torch.optim rule, lr 0.05, 500 steps from
(-1.5, 2.5)) drawn on the surface, colorbar and legend, view (35, -60), 1200 x 900 PNG.

Usage: surface3d.py --out DIR. Prints `seconds: X` (surface + figure + PNG; imports excluded).
"""
import argparse
import os
import time

import numpy as np
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def rosenbrock(x, y):
    return (1.0 - x) ** 2 + 100.0 * (y - x * x) ** 2


def adam(start, lr=0.05, steps=500, b1=0.9, b2=0.999, eps=1e-8):
    p = np.array(start, dtype=np.float64)
    m = np.zeros(2)
    v = np.zeros(2)
    path = [p.copy()]
    for t in range(1, steps + 1):
        x, y = p
        g = np.array([-2.0 * (1.0 - x) - 400.0 * x * (y - x * x), 200.0 * (y - x * x)])
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        p = p - lr * (m / (1 - b1 ** t)) / (np.sqrt(v / (1 - b2 ** t)) + eps)
        path.append(p.copy())
    return np.array(path)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)

    start = time.perf_counter()
    x = np.linspace(-2.0, 2.0, 200)
    y = np.linspace(-1.0, 3.0, 200)
    X, Y = np.meshgrid(x, y)
    Z = np.log10(1.0 + rosenbrock(X, Y))
    path = adam((-1.5, 2.5))
    pz = np.log10(1.0 + rosenbrock(path[:, 0], path[:, 1]))

    fig = plt.figure(figsize=(12, 9), dpi=100)
    ax = fig.add_subplot(projection="3d")
    surface = ax.plot_surface(X, Y, Z, cmap="viridis", rstride=1, cstride=1, linewidth=0, antialiased=False)
    ax.contour(X, Y, Z, 20, offset=Z.min(), cmap="viridis", linewidths=0.8)
    ax.plot(path[:, 0], path[:, 1], pz, color="#3CB44B", linewidth=2, label="Adam lr=0.05")
    ax.view_init(elev=35, azim=-60)
    ax.set_xlabel("x")
    ax.set_ylabel("y")
    ax.set_zlabel("log10(1 + f)")
    ax.set_title("Rosenbrock, 200 x 200 mesh")
    ax.legend(loc="upper left")
    fig.colorbar(surface, shrink=0.6, label="log10(1 + f)")
    fig.savefig(os.path.join(args.out, "surface3d.png"), dpi=100)
    print(f"seconds: {time.perf_counter() - start:.4f}")


if __name__ == "__main__":
    main()
