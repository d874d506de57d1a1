// glibc's mallinfo2: bytes the heap holds for live allocations, summed over every arena.
#if defined(__linux__)
#include <malloc.h>
#endif
