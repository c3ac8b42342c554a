// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "ropa",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "RopaKit", targets: ["RopaKit"]),
        .executable(name: "ropa", targets: ["ropa"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", exact: "1.8.2"),
    ],
    targets: [
        .target(
            name: "RopaKit",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .executableTarget(
            name: "ropa",
            dependencies: [
                "RopaKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "RopaKitTests", dependencies: ["RopaKit"]),
        .testTarget(name: "ropaTests", dependencies: ["RopaKit"]),
    ],
    swiftLanguageModes: [.v6]
)
