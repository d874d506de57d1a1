#!/usr/bin/env python3
"""Writes the defective data files of the bad-input corpus (Tests/DescentCLITests/BadScenes/
data/): CSV, .npy and HDF5 grids and CSV training data, each wrong in one way. Run it here
(needs numpy and h5py); the files are committed, so tests do not need Python."""
import io
import os
import h5py
import numpy as np

x = np.linspace(-1, 1, 3)
y = np.linspace(-1, 1, 3)
rows = np.array([(a, b, 1 + a * a + b * b) for b in y for a in x])


def write(name, data):
    with open(name, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())


def csv(table, header="x,y,loss\n"):
    return header + "".join(",".join(repr(float(v)) for v in r) + "\n" for r in table)


def npy(array, version=None):
    out = io.BytesIO()
    np.lib.format.write_array(out, array, version=version)
    return out.getvalue()


def npy_header(descr, shape, fortran=False):
    """A version 1.0 header, padded as NumPy pads it, without data."""
    text = "{'descr': '%s', 'fortran_order': %s, 'shape': %s, }" % (descr, fortran, shape)
    text += " " * ((64 - (10 + len(text) + 1) % 64) % 64) + "\n"
    return b"\x93NUMPY\x01\x00" + len(text).to_bytes(2, "little") + text.encode()


# CSV grids
write("empty.csv", "")
write("header-only.csv", "x,y,loss\n")
write("two-columns.csv", "x,loss\n" + "".join(f"{a},{a * a}\n" for a in x))
nan_cell = csv(rows).splitlines(keepends=True)
nan_cell[3] = "1.0,-1.0,nan\n"
write("nan-cell.csv", "".join(nan_cell))
write("truncated.csv", csv(rows)[:-7])
write("wrong-header.csv", csv(rows, header="x,y,loss,accuracy\n"))
write("missing-point.csv", csv(np.delete(rows, 4, axis=0)))
uneven = rows.copy()
uneven[uneven[:, 0] == 1, 0] = 1.5
write("uneven.csv", csv(uneven))
write("latin1.csv", "x,y,perte à l'entraînement\n".encode("latin-1") + csv(rows, header="").encode())
write("utf16.csv", csv(rows).encode("utf-16"))

# .npy grids
write("not-npy.npy", csv(rows))
write("truncated.npy", npy(rows)[:-100])
write("huge-shape.npy", npy_header("<f8", (1000000000, 3)) + rows.tobytes())
write("complex.npy", npy(rows.astype(np.complex128)))
write("big-endian.npy", npy(rows.astype(">f8")))
write("four-columns.npy", npy(np.hstack([rows, rows[:, :1]])))
nan_loss = rows.copy()
nan_loss[4, 2] = np.nan
write("nan-loss.npy", npy(nan_loss))
inf_x = rows.copy()
inf_x[0, 0] = -np.inf
write("inf-x.npy", npy(inf_x))
write("fortran-3d.npy", npy(np.asfortranarray(rows.reshape(3, 3, 3))))
write("version-9.npy", b"\x93NUMPY\x09\x00" + npy(rows)[8:])
far = rows.copy()
far[:, 0] *= 1e13
write("far-coordinates.npy", npy(far))


# HDF5 grids (Li et al.'s layout: xcoordinates, ycoordinates, train_loss)
def h5(name, xs=x, ys=y, loss=None, **datasets):
    with h5py.File(name, "w") as f:
        if xs is not None:
            f["xcoordinates"] = xs
        if ys is not None:
            f["ycoordinates"] = ys
        if loss is not None:
            f["train_loss"] = loss
        for key, value in datasets.items():
            f.create_dataset(key, **value)


X, Y = np.meshgrid(x, y)
bowl = 1 + X ** 2 + Y ** 2
write("not-hdf5.h5", "this is not an HDF5 file\n")
write("empty.h5", "")
h5("whole.h5", loss=bowl)
with open("whole.h5", "rb") as f:
    write("truncated.h5", f.read()[:1500])
os.remove("whole.h5")
h5("huge-shape.h5", train_loss={"shape": (2 ** 31, 2 ** 31), "dtype": "f8", "chunks": (1, 1)})
h5("strings.h5", loss=np.array([b"low", b"mid", b"high"] * 3).reshape(3, 3))
h5("three-d.h5", loss=np.ones((3, 3, 1)))
h5("count-mismatch.h5", loss=np.ones((4, 3)))
nan_bowl = bowl.copy()
nan_bowl[1, 2] = np.nan
h5("nan-loss.h5", loss=nan_bowl)
h5("uneven-x.h5", xs=np.array([-1.0, 0.0, 2.0]), loss=bowl)
h5("no-x.h5", xs=None, loss=bowl)
h5("one-y.h5", ys=np.array([0.5]), loss=np.ones(3))

# CSV training data (last column: the target)
write("data-empty.csv", "")
write("data-nan.csv", "x1,x2,label\n0.1,0.2,0\nNaN,0.4,1\n")
write("data-one-column.csv", "label\n0\n1\n0\n")
write("data-binary.csv", bytes(range(256)))
write("data-one-class.csv", "x,label\n0.1,1\n0.2,1\n0.3,1\n")
write("data-truncated.csv", "x1,x2,label\n0.1,0.2,0\n0.3,0.4,1\n0.5,0.")
write("data-label-5000.csv", "x,label\n0.1,0\n0.2,1\n0.3,5000\n")
write("data-inf-regression.csv", "x,y\n0.1,0.25\n0.2,1e999\n")

# crashes-libhdf5.h5 and huge-type.h5 are not made here: they are inputs the HDF5 fuzzer found (also
# in Fuzz/corpus/grid-hdf5/): libhdf5 1.10.8 dereferences a null pointer on the first and spends
# seconds converting the second, whose type claims 4 GB a value.
