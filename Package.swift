// swift-tools-version: 6.1
import PackageDescription

// mimalloc replaces the C allocator for the whole process (Swift runtime, Foundation, cmark-gfm):
// a build allocates millions of small blocks on every core, and glibc's malloc was a seventh of
// its processor time. See README, Performance.
let mimalloc = LinkerSetting.linkedLibrary("mimalloc", .when(platforms: [.linux]))

let package = Package(
    name: "Crosswalk",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "crosswalk", targets: ["crosswalk"]),
        .library(name: "AccessEngine", targets: ["AccessEngine"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "AccessEngine"),
        // Spreading work over every core: used by reading, checking and rendering alike.
        .target(name: "Parallelism"),
        .target(
            name: "Articles",
            dependencies: ["CCmarkGFM", "Parallelism", .product(name: "Yams", package: "Yams")]
        ),
        // Reading tenants and sign-ins from files and folders, in every shape admins export them;
        // no Markdown, so an embedder can read tenants without cmark-gfm.
        .target(
            name: "TenantFiles",
            dependencies: ["AccessEngine", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "Consistency",
            dependencies: [
                "Articles", "AccessEngine", "Parallelism", "TenantFiles", .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(
            name: "SiteGenerator",
            dependencies: [
                "Articles", "Consistency", "AccessEngine", "Parallelism", "TenantFiles",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Yams", package: "Yams"),
            ],
            plugins: ["EmbedResources"]
        ),
        // The default templates and assets (top-level templates/, public/ and serve/) compiled
        // into SiteGenerator, so a copied binary needs nothing beside it.
        .executableTarget(name: "embed-resources", path: "Tools/embed-resources"),
        .plugin(name: "EmbedResources", capability: .buildTool(), dependencies: ["embed-resources"]),
        // The preview server behind `crosswalk serve`: watching, rebuilding, serving, reloading.
        .target(
            name: "PreviewServer",
            dependencies: [
                "Articles", "SiteGenerator",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .executableTarget(
            name: "crosswalk",
            dependencies: [
                "AccessEngine", "Articles", "Consistency", "PreviewServer", "SiteGenerator", "TenantFiles",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ],
            linkerSettings: [mimalloc]
        ),
        // Scratch folders removed when the test process exits, for every test target.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "AccessEngineTests", dependencies: ["AccessEngine"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "TenantFilesTests", dependencies: ["TenantFiles", "AccessEngine", "TestSupport"],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "ConsistencyTests", dependencies: ["Consistency", "Articles", "TestSupport"],
            resources: [.copy("Fixtures")]),
        .testTarget(name: "ParallelismTests", dependencies: ["Parallelism"]),
        .testTarget(name: "ArticlesTests", dependencies: ["Articles", "TestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "SiteGeneratorTests",
            dependencies: ["SiteGenerator", "Articles", "Parallelism", "TestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "PreviewServerTests",
            dependencies: [
                "PreviewServer", "TestSupport", .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(
            name: "CrosswalkCLITests",
            dependencies: [
                "crosswalk", "SiteGenerator", "TestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            resources: [.copy("Fixtures")]
        ),
        // libFuzzer targets (scripts/fuzz builds them with -sanitize=fuzzer -DFUZZING); a plain
        // build makes them replay files, which the regression tests use.
        .target(name: "FuzzSupport", path: "Fuzz/FuzzSupport"),
        .executableTarget(name: "FuzzArticles", dependencies: ["Articles", "FuzzSupport"], path: "Fuzz/FuzzArticles"),
        .executableTarget(name: "FuzzTenant", dependencies: ["AccessEngine", "FuzzSupport"], path: "Fuzz/FuzzTenant"),
        .executableTarget(
            name: "FuzzTenantFiles", dependencies: ["TenantFiles", "AccessEngine", "FuzzSupport"],
            path: "Fuzz/FuzzTenantFiles"),
        .executableTarget(
            name: "FuzzScenario", dependencies: ["Consistency", "AccessEngine", "TenantFiles", "FuzzSupport"],
            path: "Fuzz/FuzzScenario"),
        .executableTarget(
            name: "ImportBenchmark", dependencies: ["TenantFiles", "AccessEngine"], path: "Benchmarks/ImportBenchmark"),
        .executableTarget(name: "EngineBenchmark", dependencies: ["AccessEngine"], path: "Benchmarks/EngineBenchmark"),
        .executableTarget(
            name: "SiteBenchmark",
            dependencies: ["Articles", "Consistency", "Parallelism", "SiteGenerator"],
            path: "Benchmarks/SiteBenchmark",
            linkerSettings: [mimalloc]  // measures the build as crosswalk runs it
        ),
    ],
    swiftLanguageModes: [.v6]
)
