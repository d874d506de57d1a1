#!/usr/bin/env python3
"""Writes a small HDF5 grid the way Li et al.'s loss-landscape code does (plot_surface.py:
xcoordinates, ycoordinates, train_loss and train_acc, losses filled x fastest), for tests.
Usage: scripts/make-li-grid.py OUT.h5  (needs h5py and numpy)."""
import sys
import h5py
import numpy as np

x = np.linspace(-1, 1, 11)
y = np.linspace(-1, 1, 9)
X, Y = np.meshgrid(x, y)                       # shape (len(y), len(x)), as the original code
loss = 0.1 + X ** 2 + 2 * Y ** 2                # a known bowl: loss at (x, y) = 0.1 + x² + 2y²
with h5py.File(sys.argv[1], "w") as f:
    f["xcoordinates"] = x
    f["ycoordinates"] = y
    f["train_loss"] = loss.ravel().reshape(len(x), len(y)) if len(x) == len(y) else loss
    f["train_acc"] = 100 - 10 * loss
