#!/usr/bin/env python3
"""Peer for the rotating 3D animation: scenes/rosenbrock-3d-rotating.yaml with matplotlib.

Written the way a researcher writes a turning plot_surface today: heights and colours
log10(1 + f) on a 120 x 120 grid drawn at full resolution (rstride = cstride = 1), viridis,
16 contour lines on the floor, three runs (torch.optim rules: SGD with momentum 0.9 and lr
0.001, RMSprop lr 0.01, Adam lr 0.05; 500 steps from (-1.5, 2.5)) drawn on the surface up to
each frame's step with a dot at the head, colorbar, legend, title. 96 frames: frame k shows step
round(500 u (1 + 3u) / 4), u = k / 95 (descent's ease-in), from elevation 35 and azimuth
-110 + 360 k / 95. There is no blitting with a moving camera: every frame is drawn whole
(view_init, then savefig) at 640 x 480 to DIR/frame_0000.png ...; then a GIF with Pillow.

Usage: rotate3d.py --out DIR. Prints `frames_seconds: X`, `gif_seconds: Y` and `seconds: X + Y`
(imports excluded).
"""
import argparse
import os
import time

import numpy as np
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from PIL import Image  # noqa: E402

from surface3d import adam, rosenbrock  # noqa: E402  (the 3D benchmark's surface and Adam)

FRAMES, STEPS, START = 96, 500, (-1.5, 2.5)


def gradient(p):
    x, y = p
    return np.array([-2.0 * (1.0 - x) - 400.0 * x * (y - x * x), 200.0 * (y - x * x)])


def run(kind, lr):
    """torch.optim update rules for SGD with momentum 0.9 and RMSprop, float64."""
    p = np.array(START, dtype=np.float64)
    path = [p.copy()]
    buf, acc = None, np.zeros(2)
    for _ in range(STEPS):
        g = gradient(p)
        if kind == "momentum":
            buf = g.copy() if buf is None else 0.9 * buf + g
            p = p - lr * buf
        else:
            acc = 0.99 * acc + 0.01 * g * g
            p = p - lr * g / (np.sqrt(acc) + 1e-8)
        path.append(p.copy())
    return np.array(path)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    out = parser.parse_args().out
    os.makedirs(out, exist_ok=True)

    start = time.perf_counter()
    X, Y = np.meshgrid(np.linspace(-2.0, 2.0, 120), np.linspace(-1.0, 3.0, 120))
    Z = np.log10(1.0 + rosenbrock(X, Y))
    runs = [("Momentum lr=0.001", run("momentum", 0.001)), ("RMSprop lr=0.01", run("rmsprop", 0.01)),
            ("Adam lr=0.05", adam(START))]

    fig = plt.figure(figsize=(6.4, 4.8), dpi=100)
    ax = fig.add_subplot(projection="3d")
    surface = ax.plot_surface(X, Y, Z, cmap="viridis", rstride=1, cstride=1, linewidth=0, antialiased=False)
    ax.contour(X, Y, Z, 16, offset=Z.min(), cmap="viridis", linewidths=0.6)
    colors = ["#E6194B", "#F58231", "#4363D8"]
    artists = []
    for (label, _), color in zip(runs, colors):
        (line,) = ax.plot([], [], [], color=color, linewidth=1.6, label=label)
        (head,) = ax.plot([], [], [], "o", color=color, markeredgecolor="k", markersize=5)
        artists.append((line, head))
    ax.set_xlabel("x")
    ax.set_ylabel("y")
    ax.set_zlabel("log10(1 + f)")
    ax.set_title("Rosenbrock in 3D: a turn around the valley")
    ax.legend(loc="upper left", fontsize=7)
    fig.colorbar(surface, shrink=0.6, label="log10(1 + f)")
    files = []
    for k in range(FRAMES):
        u = k / (FRAMES - 1)
        step = int(STEPS * u * (1 + 3 * u) / 4 + 0.5)
        for (_, path), (line, head) in zip(runs, artists):
            shown = path[: step + 1]
            z = np.log10(1.0 + rosenbrock(shown[:, 0], shown[:, 1]))
            line.set_data_3d(shown[:, 0], shown[:, 1], z)
            head.set_data_3d(shown[-1:, 0], shown[-1:, 1], z[-1:])
        ax.view_init(elev=35, azim=-110 + 360 * k / (FRAMES - 1))
        files.append(os.path.join(out, f"frame_{k:04d}.png"))
        fig.savefig(files[-1], dpi=100)
    frames_seconds = time.perf_counter() - start

    gif_start = time.perf_counter()
    images = [Image.open(f).convert("RGB").quantize(colors=255) for f in files]
    images[0].save(os.path.join(out, "animation.gif"), save_all=True, append_images=images[1:],
                   duration=1000 // 16, loop=0)
    gif_seconds = time.perf_counter() - gif_start
    print(f"frames_seconds: {frames_seconds:.4f}")
    print(f"gif_seconds: {gif_seconds:.4f}")
    print(f"seconds: {frames_seconds + gif_seconds:.4f}")


if __name__ == "__main__":
    main()
