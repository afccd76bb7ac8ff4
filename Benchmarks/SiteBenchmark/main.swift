import Articles
import Consistency
import Foundation
import Parallelism
import SiteGenerator

/// Measures, in one process and one run, what checking adds to a build: the time to read a
/// corpus, to check it against the engine, and to build the whole site (which reads and checks
/// too). Ratios within one run are what to compare; this machine's absolute times vary.
///
/// With a third argument, the bundled site's content, it also measures what the What If pages
/// add to a full build of that site: builds with and without them, alternated, in the same run.
///
/// Usage: SiteBenchmark CORPUS [REPETITIONS] [BUNDLED_CONTENT]
@main
struct SiteBenchmark {
    static func main() async throws {
        let arguments = CommandLine.arguments
        guard arguments.count >= 2 else {
            FileHandle.standardError.write(Data("usage: SiteBenchmark CORPUS [REPETITIONS] [BUNDLED_CONTENT]\n".utf8))
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
        if arguments.count > 3 {
            try await measureWhatIf(content: arguments[3], output: output, repetitions: 3 * repetitions)
        }
    }

    /// Full builds of the bundled site with and without the What If pages, alternated so both
    /// see the same machine; what the pages add is the difference of the medians. First as
    /// `crosswalk build` builds it (search index and coloured code, when Pagefind and Pygments
    /// are installed, as `scripts/setup` installs them), then without the search index, where
    /// the pages' share is larger.
    static func measureWhatIf(content: String, output: String, repetitions: Int) async throws {
        for search in [true, false] {
            let clock = ContinuousClock()
            var with: [Double] = []
            var without: [Double] = []
            // Per phase, with and without, to show where the difference goes.
            var phases: [String: (with: [Double], without: [Double])] = [:]
            var phaseOrder: [String] = []
            var searched = false
            for repetition in 0..<(2 * repetitions) {
                var options = SiteOptions(contentPath: content, outputPath: output, search: search)
                options.whatIfPages = repetition.isMultiple(of: 2)
                let start = clock.now
                let summary = try await SiteBuilder(options: options).build()
                let elapsed = seconds(clock.now - start)
                searched = summary.searchIndexed
                for phase in summary.timings.phases {
                    if phases[phase.name] == nil { phaseOrder.append(phase.name) }
                    if options.whatIfPages {
                        phases[phase.name, default: ([], [])].with.append(seconds(phase.duration))
                    } else {
                        phases[phase.name, default: ([], [])].without.append(seconds(phase.duration))
                    }
                }
                if options.whatIfPages {
                    precondition(summary.whatIfTenants > 0, "the bundled site has no What If page")
                    with.append(elapsed)
                } else {
                    without.append(elapsed)
                }
            }
            let added = (median(with) - median(without)) / median(without)
            let kind = searched ? "full build" : "build without search index"
            print(
                "bundled site, \(kind): \(format(median(with))) s with What If pages, \(format(median(without))) s without (median of \(repetitions))"
            )
            for name in phaseOrder {
                let times = phases[name]!
                print(
                    "  \(name.padding(toLength: 24, withPad: " ", startingAt: 0)) \(format(times.with.isEmpty ? 0 : median(times.with))) s with, \(format(times.without.isEmpty ? 0 : median(times.without))) s without"
                )
            }
            if searched {
                print(
                    "What If pages add \(String(format: "%.1f", added * 100))% to a full build (goal ≤ 10%): \(added <= 0.1 ? "PASS" : "MISS")"
                )
            } else {
                print("What If pages add \(String(format: "%.1f", added * 100))% to a build without search index")
            }
        }
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
