// swift-tools-version:6.1
import PackageDescription
import class Foundation.ProcessInfo
import struct Foundation.URL

// The product package is the folder above; a path dependency is known by its folder's name,
// which differs between clones, so it is read from this file's location.
let productPackage = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "mentor-mirror-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark.git", from: "1.38.0", traits: ["MallocInterposer"]),
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.0"),
    ],
    targets: [
        // Reads a problem file and prints matched, total score and solve seconds, for scripts/compare-matching.py.
        .executableTarget(
            name: "match-timer",
            dependencies: [.product(name: "Matching", package: productPackage)],
            path: "Sources/match-timer"
        ),
        // Reads, parses and measures a transcript file and prints the seconds and MB/s, for scripts/compare-transcripts.py.
        .executableTarget(
            name: "transcript-timer",
            dependencies: [.product(name: "Transcripts", package: productPackage)],
            path: "Sources/transcript-timer"
        ),
        // Writes the page benchmarks' data (demo copies and a busy mentor) into a SQLite file for `mentor serve`, for scripts/throughput.
        .executableTarget(
            name: "load-data",
            dependencies: [
                .product(name: "MentorServer", package: productPackage),
                .product(name: "Vapor", package: "vapor"),
            ],
            path: "Sources/load-data"
        ),
        .executableTarget(
            name: "MatchingBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Matching", package: productPackage),
            ],
            path: "Benchmarks/MatchingBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "TranscriptBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Transcripts", package: productPackage),
            ],
            path: "Benchmarks/TranscriptBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "MirrorBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "MentorCore", package: productPackage),
                .product(name: "MentorServer", package: productPackage),
                .product(name: "Vapor", package: "vapor"),
            ],
            path: "Benchmarks/MirrorBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
