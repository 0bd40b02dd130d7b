// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "mentor-mirror",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "mentor", targets: ["mentor"]),
        .library(name: "MentorCore", targets: ["MentorCore"]),
        .library(name: "Transcripts", targets: ["Transcripts"]),
        .library(name: "Matching", targets: ["Matching"]),
        .library(name: "Spreadsheets", targets: ["Spreadsheets"]),
        .library(name: "MentorServer", targets: ["MentorServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.0"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/JohnSundell/Plot.git", from: "0.14.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
        .package(url: "https://github.com/vapor/jwt-kit.git", from: "5.8.0"),
        .package(url: "https://github.com/apple/swift-openapi-generator.git", from: "1.14.3"),
        .package(url: "https://github.com/apple/swift-openapi-runtime.git", from: "1.13.4"),
        .package(url: "https://github.com/vapor/swift-openapi-vapor.git", from: "1.2.0"),
    ],
    targets: [
        .target(name: "MentorCore"),
        .target(
            name: "Transcripts",
            dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .target(name: "Matching"),
        .target(
            name: "Spreadsheets",
            dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .target(
            name: "MentorAPI",
            dependencies: [.product(name: "OpenAPIRuntime", package: "swift-openapi-runtime")],
            plugins: [.plugin(name: "OpenAPIGenerator", package: "swift-openapi-generator")]
        ),
        .target(
            name: "MentorServer",
            dependencies: [
                "MentorCore", "Transcripts", "Matching", "Spreadsheets", "MentorAPI",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Plot", package: "Plot"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIVapor", package: "swift-openapi-vapor"),
            ]
        ),
        .executableTarget(name: "mentor", dependencies: ["MentorServer"]),
        .testTarget(name: "MentorCoreTests", dependencies: ["MentorCore"]),
        .testTarget(name: "TranscriptsTests", dependencies: ["Transcripts", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(name: "MatchingTests", dependencies: ["Matching"]),
        .testTarget(name: "SpreadsheetsTests", dependencies: ["Spreadsheets", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(
            name: "MentorServerTests",
            dependencies: [
                "MentorServer", "Spreadsheets",
                .product(name: "VaporTesting", package: "vapor"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
