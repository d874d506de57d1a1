#ifndef DESCENT_HDF5_GRID_READER_H
#define DESCENT_HDF5_GRID_READER_H
#include <stddef.h>

/// What reading one dataset, or the file, came to.
typedef enum {
    DESCENT_H5_OK = 0,
    DESCENT_H5_UNREADABLE_FILE,  // H5Fopen failed: not HDF5, truncated, unreadable
    DESCENT_H5_MISSING,          // no link of that name
    DESCENT_H5_CANNOT_OPEN,      // the link is not a dataset that opens
    DESCENT_H5_BAD_RANK,         // not 1 or 2 dimensions (rank holds it, -1 when unknown)
    DESCENT_H5_TOO_LARGE,        // declared holds more values than the limit
    DESCENT_H5_CANNOT_READ,      // H5Dread into float64 failed (strings, compound types...)
    DESCENT_H5_NOT_READ,         // the surface was not read: its count is not x count × y count
    DESCENT_H5_CRASHED,          // the HDF5 library crashed (a signal ended the reading process)
    DESCENT_H5_TIMED_OUT,        // the reading process did not finish in time and was killed
    DESCENT_H5_SYSTEM,           // the reading process could not be started, or pipe or read failed
    DESCENT_H5_NO_LIBRARY,       // libhdf5 is not installed (see descent_h5_install_hint)
} descent_h5_status;

/// The three datasets of a grid file (x coordinates, y coordinates, the surface), as read.
typedef struct {
    /// The first dataset whose status is not OK (0, 1, 2), or -1 for the file itself.
    int failed;
    descent_h5_status status;
    /// Of the failed dataset: its rank, and the values its shape declares.
    int rank;
    double declared;
    /// Values read of each dataset (owned; free with descent_h5_grid_free), and their counts.
    double *values[3];
    size_t counts[3];
} descent_h5_grid;

/// Reads the float64 values of the datasets `names[0..2]` of the HDF5 file `path` in another
/// process (this program started again, see hdf5_grid_reader.c), so that a file which crashes the HDF5 library (or makes it loop) ends that process,
/// not the caller: the result then says DESCENT_H5_CRASHED (or DESCENT_H5_TIMED_OUT after
/// `timeout_seconds`). Dataset i must have 1 or 2 dimensions and declare at most `limits[i]`
/// values, checked from its header before it is read; the third is read only when it declares
/// as many values as the first two hold together. Returns the status of `grid`.
descent_h5_status descent_h5_read_grid(const char *path, const char *const names[3], const double limits[3],
                                       int timeout_seconds, descent_h5_grid *grid);

/// What to install when the status is DESCENT_H5_NO_LIBRARY: the library and its Debian package.
const char *descent_h5_install_hint(void);

/// Frees the values of `grid`.
void descent_h5_grid_free(descent_h5_grid *grid);
#endif
