#!/usr/bin/env python3
"""Peer of the live preview: the matplotlib figure of ../shared/peers/compare.py (Rosenbrock,
six optimizers, 1200 x 900) kept open in one process, redrawn for a new SGD learning rate the
cheapest way matplotlib allows (the SGD run simulated again, its line's data replaced, the
canvas drawn and encoded as PNG, as a Jupyter widget or a web app serving PNGs does), MOVES
times. Prints the median and 90th percentile milliseconds of one redraw.
Usage: live_redraw.py PEERS_DIR [MOVES]"""
import io
import statistics
import sys
import time

sys.path.insert(0, sys.argv[1])
import compare  # noqa: E402
import numpy as np  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402

moves = int(sys.argv[2]) if len(sys.argv) > 2 else 15
xs = np.linspace(*compare.X_RANGE, compare.GRID_NX)
ys = np.linspace(*compare.Y_RANGE, compare.GRID_NY)
X, Y = np.meshgrid(xs, ys)
Z = np.log1p(compare.rosenbrock(X, Y))
fig, ax = plt.subplots(figsize=(12, 9), dpi=100)
cf = ax.contourf(X, Y, Z, levels=np.linspace(Z.min(), Z.max(), 31), cmap="viridis")
ax.contour(X, Y, Z, levels=np.linspace(Z.min(), Z.max(), 32)[1:-1], colors="k", linewidths=0.4, alpha=0.45)
lines = {}
for (name, kind, hp), c in zip(compare.OPTIMIZERS, plt.get_cmap("tab10").colors):
    tr = compare.run_optimizer(kind, hp, compare.START, compare.N_STEPS)
    lines[name] = ax.plot(tr[:, 0], tr[:, 1], "-", color=c, lw=1.6, label=f"{name} (lr={hp['lr']:g})")[0]
ax.set_xlim(*compare.X_RANGE)
ax.set_ylim(*compare.Y_RANGE)
fig.colorbar(cf, ax=ax)
ax.legend(loc="lower right", fontsize=9)
fig.tight_layout()
fig.savefig(io.BytesIO(), format="png")

times = []
for i in range(moves):
    lr = 1e-4 * 10 ** (1.5 * (i % 7) / 6)
    t0 = time.perf_counter()
    tr = compare.run_optimizer("sgd", dict(lr=lr), compare.START, compare.N_STEPS)
    lines["SGD"].set_data(tr[:, 0], tr[:, 1])
    lines["SGD"].set_label(f"SGD (lr={lr:g})")
    ax.legend(loc="lower right", fontsize=9)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    times.append((time.perf_counter() - t0) * 1000)
print(f"median_ms: {statistics.median(times):.0f}")
print(f"p90_ms: {sorted(times)[int(0.9 * (len(times) - 1))]:.0f}")
