#ifndef DESCENT_CHDF5_SHIM_H
#define DESCENT_CHDF5_SHIM_H
#include <hdf5.h>

// HDF5's type and flag names are macros that call into the library; Swift sees these instead.
static inline hid_t descent_h5_native_double(void) { return H5T_NATIVE_DOUBLE; }
static inline unsigned descent_h5_read_only(void) { return H5F_ACC_RDONLY; }
static inline unsigned descent_h5_truncate(void) { return H5F_ACC_TRUNC; }
/// Stops HDF5 printing its error stack to stderr: descent reports one line of its own.
static inline void descent_h5_silence(void) { H5Eset_auto2(H5E_DEFAULT, NULL, NULL); }
#endif
