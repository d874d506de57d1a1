#define _GNU_SOURCE
#include "hdf5_grid_reader.h"
#include "hdf5_library.h"
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdint.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

// The reading process writes, for each dataset in turn: int32 status, int32 rank, double declared; then,
// when the status is OK, uint64 count and count doubles. It stops after the first status that
// is not OK. A failure to open the file is one record with status UNREADABLE_FILE.

static int write_all(int fd, const void *data, size_t size) {
    const char *p = data;
    while (size > 0) {
        ssize_t n = write(fd, p, size);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return -1;
        p += n;
        size -= (size_t)n;
    }
    return 0;
}

static void write_record(int fd, int32_t status, int32_t rank, double declared) {
    write_all(fd, &status, sizeof status);
    write_all(fd, &rank, sizeof rank);
    write_all(fd, &declared, sizeof declared);
}

/// The reading process: reads with the HDF5 library and reports on `fd`; never returns. A crash
/// ends it quietly: the crash reporters a runtime installed (Swift's backtracer) are removed
/// (its own signals, in this process only), no core file is written, stderr goes nowhere.
static void read_in_child(int fd, const char *path, const char *const names[3], const double limits[3]) {
    const int fatal[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGSYS};
    for (size_t i = 0; i < sizeof fatal / sizeof fatal[0]; i++) signal(fatal[i], SIG_DFL);
    struct rlimit none = {0, 0};
    setrlimit(RLIMIT_CORE, &none);
    descent_hdf5 h5;
    if (descent_hdf5_open(&h5) != 0) {
        write_record(fd, DESCENT_H5_NO_LIBRARY, 0, 0);
        _exit(0);
    }
    h5.H5Eset_auto2(H5E_DEFAULT, NULL, NULL);
    hid_t file = h5.H5Fopen(path, H5F_ACC_RDONLY, H5P_DEFAULT);
    if (file < 0) {
        write_record(fd, DESCENT_H5_UNREADABLE_FILE, 0, 0);
        _exit(0);
    }
    double counts[3] = {0, 0, 0};
    for (int i = 0; i < 3; i++) {
        if (h5.H5Lexists(file, names[i], H5P_DEFAULT) <= 0) { write_record(fd, DESCENT_H5_MISSING, 0, 0); _exit(0); }
        hid_t set = h5.H5Dopen2(file, names[i], H5P_DEFAULT);
        if (set < 0) { write_record(fd, DESCENT_H5_CANNOT_OPEN, 0, 0); _exit(0); }
        hid_t space = h5.H5Dget_space(set);
        int rank = space < 0 ? -1 : h5.H5Sget_simple_extent_ndims(space);
        if (rank < 1 || rank > 2) { write_record(fd, DESCENT_H5_BAD_RANK, rank, 0); _exit(0); }
        hsize_t dims[2] = {0, 0};
        h5.H5Sget_simple_extent_dims(space, dims, NULL);
        // In double: declared sizes may overflow an integer.
        double declared = (double)dims[0] * (rank == 2 ? (double)dims[1] : 1.0);
        if (declared > limits[i]) { write_record(fd, DESCENT_H5_TOO_LARGE, rank, declared); _exit(0); }
        // Numbers only, of a sane size: a corrupt type (the fuzzer made one of 4 GB a value)
        // sends the library's conversion into gigabytes of work.
        hid_t type = h5.H5Dget_type(set);
        H5T_class_t kind = type < 0 ? H5T_NO_CLASS : h5.H5Tget_class(type);
        size_t size = type < 0 ? 0 : h5.H5Tget_size(type);
        if ((kind != H5T_FLOAT && kind != H5T_INTEGER) || size == 0 || size > 16) {
            write_record(fd, DESCENT_H5_CANNOT_READ, rank, declared);
            _exit(0);
        }
        counts[i] = declared;
        if (i == 2 && (declared != counts[0] * counts[1])) {
            write_record(fd, DESCENT_H5_NOT_READ, rank, declared);
            _exit(0);
        }
        uint64_t count = (uint64_t)declared;
        double *values = malloc((count > 0 ? count : 1) * sizeof(double));
        if (values == NULL) { write_record(fd, DESCENT_H5_TOO_LARGE, rank, declared); _exit(0); }
        if (count > 0 && h5.H5Dread(set, *h5.H5T_NATIVE_DOUBLE_g, H5S_ALL, H5S_ALL, H5P_DEFAULT, values) < 0) {
            write_record(fd, DESCENT_H5_CANNOT_READ, rank, declared);
            _exit(0);
        }
        write_record(fd, DESCENT_H5_OK, rank, declared);
        write_all(fd, &count, sizeof count);
        write_all(fd, values, count * sizeof(double));
        free(values);
    }
    _exit(0);
}

// The reading process is this program run again under the name below, with the path, the three
// dataset names and their limits as arguments, and its report on stdout. It is entered from a
// constructor, before the program's own start-up (Swift's runtime, main), so it works the same
// in descent, in a test runner or in any program that links this library. Starting a new
// program, unlike forking this one, copies no other thread's locks or state.
static const char child_name[] = "descent-hdf5-reader";

__attribute__((constructor)) static void enter_reading_process(int argc, char **argv, char **envp) {
    (void)envp;
    if (argc != 8 || argv == NULL || argv[0] == NULL || strcmp(argv[0], child_name) != 0) return;
    const char *const names[3] = {argv[2], argv[3], argv[4]};
    const double limits[3] = {strtod(argv[5], NULL), strtod(argv[6], NULL), strtod(argv[7], NULL)};
    read_in_child(STDOUT_FILENO, argv[1], names, limits);
}

/// Starts the reading process with its stdout on `out`, stderr on /dev/null, every signal at
/// its default and none blocked; returns its id, or -1.
static pid_t spawn_reader(int out, const char *path, const char *const names[3], const double limits[3]) {
    char limit_text[3][32];
    for (int i = 0; i < 3; i++) snprintf(limit_text[i], sizeof limit_text[i], "%.17g", limits[i]);
    char *const argv[] = {(char *)child_name, (char *)path, (char *)names[0], (char *)names[1], (char *)names[2],
                          limit_text[0], limit_text[1], limit_text[2], NULL};
    posix_spawn_file_actions_t actions;
    posix_spawnattr_t attributes;
    if (posix_spawn_file_actions_init(&actions) != 0) return -1;
    if (posix_spawnattr_init(&attributes) != 0) {
        posix_spawn_file_actions_destroy(&actions);
        return -1;
    }
    sigset_t all, none;
    sigfillset(&all);
    sigemptyset(&none);
    int ready = posix_spawn_file_actions_adddup2(&actions, out, STDOUT_FILENO) == 0
                && posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0) == 0
                && posix_spawnattr_setsigdefault(&attributes, &all) == 0
                && posix_spawnattr_setsigmask(&attributes, &none) == 0
                && posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK) == 0;
    pid_t child = -1;
    if (!ready || posix_spawn(&child, "/proc/self/exe", &actions, &attributes, argv, environ) != 0) child = -1;
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    return child;
}

/// Reads everything the child writes until it closes the pipe, or the deadline passes.
static int read_until_closed(int fd, char **buffer, size_t *size, time_t deadline) {
    size_t capacity = 1 << 16;
    *buffer = malloc(capacity);
    *size = 0;
    if (*buffer == NULL) return -1;
    for (;;) {
        time_t now = time(NULL);
        if (now >= deadline) return 1;
        struct pollfd p = {.fd = fd, .events = POLLIN};
        int ready = poll(&p, 1, (int)(deadline - now) * 1000);
        if (ready < 0 && errno == EINTR) continue;
        if (ready < 0) return -1;
        if (ready == 0) return 1;
        if (*size == capacity) {
            char *grown = realloc(*buffer, capacity * 2);
            if (grown == NULL) return -1;
            *buffer = grown;
            capacity *= 2;
        }
        ssize_t n = read(fd, *buffer + *size, capacity - *size);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return -1;
        if (n == 0) return 0;
        *size += (size_t)n;
    }
}

/// Takes `length` bytes at `*offset` of the child's report, or returns 0 when it ends sooner.
static int take(const char *buffer, size_t size, size_t *offset, void *out, size_t length) {
    if (size - *offset < length) return 0;
    memcpy(out, buffer + *offset, length);
    *offset += length;
    return 1;
}

descent_h5_status descent_h5_read_grid(const char *path, const char *const names[3], const double limits[3],
                                       int timeout_seconds, descent_h5_grid *grid) {
    memset(grid, 0, sizeof *grid);
    grid->failed = -1;
    grid->status = DESCENT_H5_SYSTEM;
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0) return grid->status;
    // Both ends close on exec: the reading process gets the write end as its stdout only.
    pid_t child = spawn_reader(fds[1], path, names, limits);
    close(fds[1]);
    if (child < 0) {
        close(fds[0]);
        return grid->status;
    }
    char *buffer = NULL;
    size_t size = 0;
    int reading = read_until_closed(fds[0], &buffer, &size, time(NULL) + timeout_seconds);
    close(fds[0]);
    if (reading != 0) kill(child, SIGKILL);
    int wstatus = 0;
    while (waitpid(child, &wstatus, 0) < 0 && errno == EINTR) {}
    if (reading == 1) {
        grid->status = DESCENT_H5_TIMED_OUT;
    } else if (reading == 0 && WIFSIGNALED(wstatus)) {
        grid->status = DESCENT_H5_CRASHED;
    } else if (reading == 0) {
        size_t offset = 0;
        for (int i = 0; i < 3; i++) {
            int32_t status, rank;
            double declared;
            if (!take(buffer, size, &offset, &status, sizeof status) || !take(buffer, size, &offset, &rank, sizeof rank)
                || !take(buffer, size, &offset, &declared, sizeof declared)) {
                grid->status = DESCENT_H5_CRASHED;
                break;
            }
            if (status != DESCENT_H5_OK) {
                grid->failed = status == DESCENT_H5_UNREADABLE_FILE ? -1 : i;
                grid->status = (descent_h5_status)status;
                grid->rank = rank;
                grid->declared = declared;
                break;
            }
            uint64_t count;
            if (!take(buffer, size, &offset, &count, sizeof count) || count > (size - offset) / sizeof(double)) {
                grid->status = DESCENT_H5_CRASHED;
                break;
            }
            grid->values[i] = malloc((count > 0 ? count : 1) * sizeof(double));
            if (grid->values[i] == NULL) break;
            take(buffer, size, &offset, grid->values[i], count * sizeof(double));
            grid->counts[i] = count;
            if (i == 2) grid->status = DESCENT_H5_OK;
        }
    }
    free(buffer);
    return grid->status;
}

void descent_h5_grid_free(descent_h5_grid *grid) {
    for (int i = 0; i < 3; i++) {
        free(grid->values[i]);
        grid->values[i] = NULL;
    }
}
