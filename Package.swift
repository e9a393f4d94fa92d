// swift-tools-version:6.0
import PackageDescription

/// dossier: a terminal reader for footnoted historical document collections.
///
/// Module rule (see ARCHITECTURE.md): `Corpus`, `TerminalCore` and `ReaderCore` are
/// pure and know nothing of curses; only `CursesBackend` depends on `CNcursesw`, so
/// no other target can import it.
let package = Package(
    name: "dossier",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "dossier", targets: ["dossier"]),
        .library(name: "Corpus", targets: ["Corpus"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // The personography (actors.toml) is TOML: lists and tables a person edits by hand.
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        .target(name: "Corpus", dependencies: [.product(name: "TOMLKit", package: "TOMLKit")]),
        .target(name: "TerminalCore"),
        .target(name: "ReaderCore", dependencies: ["Corpus", "TerminalCore"]),
        .systemLibrary(name: "CNcursesw"),  // headers from libncursesw5-dev (make deps)
        .target(name: "CursesBackend", dependencies: ["CNcursesw", "TerminalCore"]),
        .executableTarget(
            name: "dossier",
            dependencies: [
                "Corpus",
                "TerminalCore",
                "ReaderCore",
                "CursesBackend",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `make bench`: the suite (pty driver, scaled corpora, in-process measures) and its pure parts
        // (statistics, goals, the table), which BenchKitTests checks without running a benchmark.
        .executableTarget(
            name: "dossier-bench",
            dependencies: ["Corpus", "ReaderCore", "TerminalCore", "BenchKit", "TestSupport"],
            path: "Benchmarks/dossier-bench"
        ),
        .target(name: "BenchKit", path: "Benchmarks/BenchKit"),
        // `make fuzz`: a libFuzzer harness over the parsers and the queries built on the model (Fuzz/README.md);
        // FuzzKit reads an input as the files of a corpus, for the harness and for CorpusTests' fuzz regressions.
        .executableTarget(name: "dossier-fuzz", dependencies: ["FuzzKit"], path: "Fuzz/dossier-fuzz"),
        .target(name: "FuzzKit", dependencies: ["Corpus"], path: "Fuzz/FuzzKit"),
        .testTarget(name: "BenchKitTests", dependencies: ["BenchKit"], path: "Benchmarks/BenchKitTests"),
        // Helpers several test targets share (seeded randomness, finding the built binary).
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "CorpusTests", dependencies: ["Corpus", "FuzzKit", "TestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "TerminalCoreTests", dependencies: ["TerminalCore", "TestSupport"]),
        .testTarget(name: "ReaderCoreTests", dependencies: ["ReaderCore", "Corpus", "TerminalCore", "TestSupport"],
                    resources: [.copy("Snapshots")]),
        .testTarget(name: "CursesBackendTests", dependencies: ["CursesBackend", "TerminalCore"]),
        // The binary's own code too (`@testable import dossier`): the state file's store is tested in process.
        .testTarget(name: "CLITests", dependencies: ["Corpus", "ReaderCore", "dossier", "TestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["TerminalCore", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
