#include "hdf5_library.h"
#include "hdf5_grid_reader.h"
#include <dlfcn.h>
#include <stdlib.h>

// Debian's HDF5 libraries (12, then 13), tried in order.
static const char *const library_names[] = {"libhdf5_serial.so.103", "libhdf5_serial.so.310", NULL};

const char *descent_h5_install_hint(void) {
    return "the HDF5 library (libhdf5_serial.so.103) is not installed: `sudo apt-get install libhdf5-103-1` "
           "(Debian 12; libhdf5-310 on Debian 13), or set DESCENT_HDF5_LIBRARY to its path";
}

int descent_hdf5_open(descent_hdf5 *h5) {
    void *library = NULL;
    const char *chosen = getenv("DESCENT_HDF5_LIBRARY");
    if (chosen != NULL && chosen[0] != '\0') {
        library = dlopen(chosen, RTLD_NOW | RTLD_LOCAL);
    } else {
        for (int i = 0; library == NULL && library_names[i] != NULL; i++) {
            library = dlopen(library_names[i], RTLD_NOW | RTLD_LOCAL);
        }
    }
    if (library == NULL) return -1;
#define FIND(name) if ((*(void **)&h5->name = dlsym(library, #name)) == NULL) return -1
    FIND(H5open);
    FIND(H5Eset_auto2);
    FIND(H5Fopen);
    FIND(H5Lexists);
    FIND(H5Dopen2);
    FIND(H5Dget_space);
    FIND(H5Sget_simple_extent_ndims);
    FIND(H5Sget_simple_extent_dims);
    FIND(H5Dget_type);
    FIND(H5Tget_class);
    FIND(H5Tget_size);
    FIND(H5Dread);
    FIND(H5T_NATIVE_DOUBLE_g);
#undef FIND
    return h5->H5open() < 0 ? -1 : 0;
}
