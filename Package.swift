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
        .executable(name: "descent-live", targets: ["DescentLive"]),
        .executable(name: "descent-soak", targets: ["DescentSoak"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // The live preview's HTTP server (`descent serve`): HTTP/1.1 parsing, keep-alive and
        // streamed responses (server-sent events) on SwiftNIO, not written by hand.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.14.0"),
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
        // `descent watch` and `descent serve`: file watching, live renders, the HTTP server and page.
        .target(
            name: "DescentServe",
            dependencies: [
                "Descent", "DescentScene", "DescentRender", "Yams",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "DescentCLI",
            dependencies: [
                "Descent", "DescentScene", "DescentRender", "DescentLiveOptions",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The options of `descent watch` and `descent serve`, shared by descent and descent-live.
        .target(name: "DescentLiveOptions", dependencies: [.product(name: "ArgumentParser", package: "swift-argument-parser")]),
        // `descent-live`: what `descent watch` and `descent serve` become (descent execs it), so
        // that the server's libraries are not loaded by the start of every other command.
        .executableTarget(
            name: "DescentLive",
            dependencies: [
                "DescentServe", "DescentLiveOptions",
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
        .testTarget(name: "DescentCLITests", dependencies: ["DescentCLI", "DescentLive"], exclude: ["BadScenes"]),
        .testTarget(name: "DescentServeTests", dependencies: ["DescentServe"]),
    ]
)
