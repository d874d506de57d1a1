#ifndef DESCENT_HDF5_LIBRARY_H
#define DESCENT_HDF5_LIBRARY_H
// The few declarations of HDF5 (1.10 and later: hid_t is 64-bit) that the grid reader uses. The
// library is not linked: the reading process opens it with dlopen, so descent starts without
// it (and without the libcurl, LDAP and Kerberos it brings in) and needs it only for HDF5 files.
#include <stddef.h>
#include <stdint.h>

typedef int64_t hid_t;
typedef int herr_t;
typedef int htri_t;
typedef unsigned long long hsize_t;
typedef enum { H5T_NO_CLASS = -1, H5T_INTEGER = 0, H5T_FLOAT = 1 } H5T_class_t;

#define H5P_DEFAULT ((hid_t)0)
#define H5S_ALL ((hid_t)0)
#define H5E_DEFAULT ((hid_t)0)
#define H5F_ACC_RDONLY 0u

/// The functions of libhdf5 the reader calls, looked up by name.
typedef struct {
    herr_t (*H5open)(void);
    herr_t (*H5Eset_auto2)(hid_t, void *, void *);
    hid_t (*H5Fopen)(const char *, unsigned, hid_t);
    htri_t (*H5Lexists)(hid_t, const char *, hid_t);
    hid_t (*H5Dopen2)(hid_t, const char *, hid_t);
    hid_t (*H5Dget_space)(hid_t);
    int (*H5Sget_simple_extent_ndims)(hid_t);
    int (*H5Sget_simple_extent_dims)(hid_t, hsize_t *, hsize_t *);
    hid_t (*H5Dget_type)(hid_t);
    H5T_class_t (*H5Tget_class)(hid_t);
    size_t (*H5Tget_size)(hid_t);
    herr_t (*H5Dread)(hid_t, hid_t, hid_t, hid_t, hid_t, void *);
    /// The id of the native double type (`H5T_NATIVE_DOUBLE`), valid after H5open.
    hid_t *H5T_NATIVE_DOUBLE_g;
} descent_hdf5;

/// Opens libhdf5 (the name in DESCENT_HDF5_LIBRARY, else Debian's) and finds every function;
/// returns 0 on success, -1 when the library or one of its functions is missing.
int descent_hdf5_open(descent_hdf5 *h5);
#endif
