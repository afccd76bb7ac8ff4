import Articles
import Consistency
import Foundation
import Testing

/// The folder of seed documents, from `CROSSWALK_SEED_DIR` (CI sets it).
enum SeedFolder {
    static var newest: URL? {
        guard let folder = ProcessInfo.processInfo.environment["CROSSWALK_SEED_DIR"] else { return nil }
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return files.first { $0.hasPrefix("004_") }.map { URL(fileURLWithPath: folder).appendingPathComponent($0) }
    }
}

@Suite(
    "Seed 004 agrees with the engine",
    .enabled(if: SeedFolder.newest != nil, "CROSSWALK_SEED_DIR is not set, so the seed documents are not available")
)
struct SeedConsistencyTests {
    @Test("its matrix and Table 1 agree cell by cell, and its step tables bind to flows of the right length")
    func seedChecksClean() throws {
        let source = try #require(SeedFolder.newest)
        let root = try ScratchContent.make(["004.md": try String(contentsOf: source, encoding: .utf8)])
        let article = try #require(ArticleReader(root: root).read("004.md").article)
        let check = ConsistencyChecker(contentRoot: root, articlePaths: ["004.md"]).check(article)
        #expect(check.allDiagnostics.filter { $0.severity == .error }.isEmpty, "\(check.allDiagnostics)")
        #expect(check.items.filter { $0.kind == .matrixCell }.count == 24)
        #expect(check.items.filter { $0.kind == .methodCell }.count == 16)
        #expect(check.items.filter { $0.kind == .stepTable }.map(\.name) == [
            "steps of entra-cross-tenant", "steps of external-identity-provider", "steps of email-one-time-passcode",
        ])
        #expect(check.items.filter { !$0.passed }.isEmpty)
    }
}
