#!/usr/bin/env python3
"""Writes the .npy files of Tests/DescentCLITests/BadScenes/ with numpy itself, for tests.
matrix.npy: Z[i, j] = 0.1 + x[j]^2 + 2 y[i]^2 on np.meshgrid(x, y) (default indexing='xy'),
x = linspace(-1, 1, 11), y = linspace(-1, 1, 9): the bowl of make-li-grid.py as a matrix.
nan.npy, complex.npy, cube.npy: matrices descent must refuse.
Usage: scripts/make-npy-fixtures.py DIR  (needs numpy)."""
import os
import sys
import numpy as np

out = sys.argv[1]
x = np.linspace(-1, 1, 11)
y = np.linspace(-1, 1, 9)
X, Y = np.meshgrid(x, y)                        # shape (9, 11): rows along y, row 0 at y = -1
Z = 0.1 + X ** 2 + 2 * Y ** 2
np.save(os.path.join(out, "matrix.npy"), Z.astype(np.float32))
bad = Z.copy()
bad[2, 5] = np.nan
np.save(os.path.join(out, "nan.npy"), bad)
np.save(os.path.join(out, "complex.npy"), Z.astype(np.complex128))
np.save(os.path.join(out, "cube.npy"), np.zeros((2, 3, 4)))
