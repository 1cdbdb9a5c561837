// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "alliance-timeline",
    products: [
        .executable(name: "alliance-timeline", targets: ["alliance-timeline"]),
        .library(name: "TimelineKit", targets: ["TimelineKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // libcmark from the system (Debian: libcmark-dev), wrapped once in TimelineKit/Rendering/CommonMark.swift.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(
            name: "TimelineKit",
            dependencies: [
                "CCmark",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .executableTarget(
            name: "alliance-timeline",
            dependencies: [
                "TimelineKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "timeline-bench",
            dependencies: ["TimelineKit"],
            path: "Sources/timeline-bench"
        ),
        .testTarget(
            name: "TimelineKitTests",
            // The executable is a dependency so the end-to-end tests find it built beside them.
            dependencies: ["TimelineKit", "alliance-timeline"],
            exclude: ["Golden", "Fixtures"]
        ),
    ]
)
