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
        // Workbooks (.ods, .xlsx) are ZIP archives; entries are read to memory, never to disk.
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", exact: "0.9.20"),
        // `swift package generate-documentation --target RopaKit`: the library's DocC catalog
        // (Sources/RopaKit/RopaKit.docc). A command plugin only: nothing of it is linked into ropa.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin.git", exact: "1.5.0"),
    ],
    targets: [
        .target(
            name: "RopaKit",
            dependencies: [
                "CleanupOnSignal",
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            plugins: ["EmbedTemplates"]
        ),
        // The signal handler that removes temporary files on SIGINT/SIGTERM/SIGHUP: in C, where
        // what a handler may do (atomics, unlink, raise) is stated exactly.
        .target(name: "CleanupOnSignal"),
        .executableTarget(
            name: "ropa",
            dependencies: [
                "RopaKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // templates/*.mustache become Swift string literals inside RopaKit, so that a copied
        // binary renders documents with nothing beside it (no resource bundle to lose).
        .executableTarget(name: "embed-templates", path: "Plugins/EmbedTemplatesTool"),
        .plugin(name: "EmbedTemplates", capability: .buildTool(), dependencies: ["embed-templates"]),
        // Golden/ holds the expected documents, read by path; they are not resources of the tests.
        .testTarget(name: "RopaKitTests", dependencies: ["RopaKit"], exclude: ["Golden"]),
        // The end-to-end tests run the built `ropa` binary; depending on it makes `swift test` build it.
        .testTarget(name: "ropaTests", dependencies: ["RopaKit", "ropa"]),
    ],
    swiftLanguageModes: [.v6]
)
