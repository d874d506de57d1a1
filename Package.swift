// swift-tools-version: 6.0
import PackageDescription

// Linux only (tested on x86-64): the code uses Glibc, /proc and posix_spawn, and Cairo from the
// system; no other platform is built or tested (README, "Platform").
let package = Package(
    name: "descent",
    products: [
        .executable(name: "descent", targets: ["DescentCLI"]),
        .library(name: "Descent", targets: ["Descent"]),
        .library(name: "DescentScene", targets: ["DescentScene"]),
        .library(name: "DescentRender", targets: ["DescentRender"]),
        .executable(name: "descent-soak", targets: ["DescentSoak"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // The float32 grid kernel: C, so it can be compiled for AVX2+FMA and chosen at run time,
        // with a portable fallback. (`make test` builds the tests optimized: see the Makefile.)
        .target(name: "CGridKernel"),
        // zlib inflates the deflated members of `.npz` state dicts.
        .target(name: "Descent", dependencies: ["CGridKernel", "CZlib"]),
        // HDF5: the grids Li et al.'s loss-landscape code writes (`surface: {grid: x.h5}`), read
        // in another process (a malformed file can crash libhdf5 itself) that opens libhdf5
        // with dlopen: descent does not link it.
        .target(name: "CHDF5Reader"),
        .target(name: "DescentScene", dependencies: ["Descent", "Yams", "CHDF5Reader"]),
        .systemLibrary(
            name: "CCairo",
            pkgConfig: "cairo",
            providers: [.apt(["libcairo2-dev"])]
        ),
        // zlib: Cairo's own PNG writer (libpng, level 6, every filter) takes 4x longer for
        // the same file size as deflate at level 3 without filters; zlib comes with Cairo anyway.
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // libwebp's animation encoder (libwebpmux) for animated WebP, opened with dlopen by the
        // first WebP animation (headers from libwebp-dev); descent does not link it.
        .target(name: "CWebPLoader"),
        // libwebpdemux, which decodes animated WebP files back in the tests.
        .systemLibrary(name: "CWebPDecoder", pkgConfig: "libwebpdemux", providers: [.apt(["libwebp-dev"])]),
        .target(name: "DescentRender", dependencies: ["Descent", "CCairo", "CZlib", "CWebPLoader"]),
        .executableTarget(
            name: "DescentCLI",
            dependencies: [
                "Descent", "DescentScene", "DescentRender",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // glibc's malloc statistics (mallinfo2), which Swift's Glibc module leaves out.
        .systemLibrary(name: "CMalloc"),
        // Renders every scene many times in one process and prints memory per pass (scripts/bench-soak.sh).
        .executableTarget(
            name: "DescentSoak",
            dependencies: [
                "Descent", "DescentScene", "DescentRender", "CMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "DescentTests", dependencies: ["Descent"], exclude: ["Fixtures"]),
        .testTarget(name: "DescentSceneTests", dependencies: ["DescentScene"]),
        .testTarget(name: "DescentRenderTests", dependencies: ["DescentRender", "DescentScene", "CWebPDecoder"]),
        .testTarget(name: "DescentCLITests", dependencies: ["DescentCLI"], exclude: ["BadScenes"]),
    ]
)
