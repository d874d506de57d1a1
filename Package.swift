// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "descent",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "descent", targets: ["DescentCLI"]),
        .library(name: "Descent", targets: ["Descent"]),
        .library(name: "DescentScene", targets: ["DescentScene"]),
        .library(name: "DescentRender", targets: ["DescentRender"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .target(name: "Descent"),
        .target(name: "DescentScene", dependencies: ["Descent", "Yams"]),
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
        // libwebp's animation encoder (libwebpmux) for animated WebP; libwebpdemux decodes
        // them back in tests.
        .systemLibrary(
            name: "CWebP",
            pkgConfig: "libwebpmux",
            providers: [.apt(["libwebp-dev"])]
        ),
        .target(name: "DescentRender", dependencies: ["Descent", "CCairo", "CZlib", "CWebP"]),
        .executableTarget(
            name: "DescentCLI",
            dependencies: [
                "Descent", "DescentScene", "DescentRender",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "DescentTests", dependencies: ["Descent"]),
        .testTarget(name: "DescentSceneTests", dependencies: ["DescentScene"]),
        .testTarget(name: "DescentRenderTests", dependencies: ["DescentRender", "DescentScene"]),
        .testTarget(name: "DescentCLITests", dependencies: ["DescentCLI"], exclude: ["BadScenes"]),
    ]
)
