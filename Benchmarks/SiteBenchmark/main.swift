import Articles
import Consistency
import Foundation
import Parallelism
import SiteGenerator

/// Measures, in one process and one run, what checking adds to a build: the time to read a
/// corpus, to check it against the engine, and to build the whole site (which reads and checks
/// too). Ratios within one run are what to compare; this machine's absolute times vary.
///
/// Usage: SiteBenchmark CORPUS [REPETITIONS]
@main
struct SiteBenchmark {
    static func main() async throws {
        let arguments = CommandLine.arguments
        guard arguments.count >= 2 else {
            FileHandle.standardError.write(Data("usage: SiteBenchmark CORPUS [REPETITIONS]\n".utf8))
            exit(2)
        }
        let corpus = arguments[1]
        let repetitions = arguments.count > 2 ? Int(arguments[2]) ?? 5 : 5
        // In memory when the machine has /dev/shm, like the build benchmark: on a disk, creating a
        // thousand files right after deleting the previous thousand varies by a third.
        let scratch = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : FileManager.default.temporaryDirectory.path
        let output = "\(scratch)/crosswalk-site-benchmark-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: output) }
        let clock = ContinuousClock()
        var reading: [Double] = []
        var checking: [Double] = []
        var building: [Double] = []
        var checkCount = 0
        for _ in 0..<repetitions {
            let root = ContentRoot(path: corpus)
            var start = clock.now
            let (articles, _) = await ArticleReader(root: root).readAll()
            reading.append(seconds(clock.now - start))

            start = clock.now
            let checker = ConsistencyChecker(contentRoot: root, articlePaths: Set(articles.map(\.path)))
            let checks = await parallelMap(count: articles.count) { checker.check(articles[$0]) }
            checking.append(seconds(clock.now - start))
            checkCount = checks.reduce(0) { $0 + $1.items.count }

            start = clock.now
            _ = try await SiteBuilder(options: SiteOptions(contentPath: corpus, outputPath: output, search: false))
                .build()
            building.append(seconds(clock.now - start))
        }
        let read = median(reading), check = median(checking), build = median(building)
        let overhead = check / max(build - check, 1e-9)
        print("articles read:    \(format(read)) s (median of \(repetitions))")
        print("engine checks:    \(format(check)) s for \(checkCount) checks")
        print("full build:       \(format(build)) s (reads, checks, renders, writes)")
        print(
            "checking adds \(String(format: "%.1f", overhead * 100))% to the build (goal ≤ 20%): \(overhead <= 0.2 ? "PASS" : "MISS")"
        )
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted[sorted.count / 2]
    }

    static func format(_ value: Double) -> String { String(format: "%.3f", value) }
}
