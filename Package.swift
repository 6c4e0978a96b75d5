// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "sanfan",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "sanfan", targets: ["sanfan"])
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.110.0"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.12.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.8.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.10.0"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.32.0"),
        .package(url: "https://github.com/JohnSundell/Plot.git", from: "0.14.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.0.0"..<"5.0.0"),
        // Signed credentials (VC-JWT, EdDSA) and the published key set.
        .package(url: "https://github.com/vapor/jwt-kit.git", from: "5.0.0"),
        // Office Open XML workbooks are ZIP archives: written for exports, read for uploaded sheets.
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.19"),
        // Tests only: a real HTTP client for the tests that must go through a socket.
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.21.0"),
    ],
    targets: [
        // Thai conventions and programme rules. Foundation and swift-crypto only: never Vapor or Fluent.
        .target(
            name: "SanfanCore",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .target(
            name: "App",
            dependencies: [
                "SanfanCore",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "Plot", package: "Plot"),
                .product(name: "JWTKit", package: "jwt-kit"),
            ],
            resources: [.copy("Resources")]
        ),
        .executableTarget(name: "sanfan", dependencies: ["App"]),
        .testTarget(name: "SanfanCoreTests", dependencies: ["SanfanCore"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "AppTests",
            dependencies: [
                "App",
                .product(name: "VaporTesting", package: "vapor"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ]
        ),
    ]
)
