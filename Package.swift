// swift-tools-version:6.0
import PackageDescription

/// dossier: a terminal reader for footnoted historical document collections.
///
/// Module rule (see ARCHITECTURE.md): `Corpus` and `TerminalCore` are pure and
/// know nothing of curses; only the future `CursesBackend` may import `CNcursesw`.
let package = Package(
    name: "dossier",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "dossier", targets: ["dossier"]),
        .library(name: "Corpus", targets: ["Corpus"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(name: "Corpus"),
        .target(name: "TerminalCore"),
        .executableTarget(
            name: "dossier",
            dependencies: [
                "Corpus",
                "TerminalCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "dossier-bench",
            dependencies: ["Corpus"],
            path: "Benchmarks/dossier-bench"
        ),
        .testTarget(name: "CorpusTests", dependencies: ["Corpus"], resources: [.copy("Fixtures")]),
        .testTarget(name: "TerminalCoreTests", dependencies: ["TerminalCore"]),
        .testTarget(name: "CLITests", dependencies: ["Corpus"]),
    ],
    swiftLanguageModes: [.v6]
)
