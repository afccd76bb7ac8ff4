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
    "Seed 004 agrees with the engine, but for what changed since it was written",
    .enabled(if: SeedFolder.newest != nil, "CROSSWALK_SEED_DIR is not set, so the seed documents are not available")
)
struct SeedConsistencyTests {
    /// Seed 004 is the revision of 2024-02-05 of "Authentication and Conditional Access for B2B
    /// users". Its Table 1 lists phone sign-in in the resource tenant; the revision of 2024-05-15
    /// no longer does. That one cell, and nothing else, is outdated.
    @Test("its matrix and Table 1 agree cell by cell except the one cell Microsoft changed, and its step tables bind")
    func seedChecksClean() throws {
        let source = try #require(SeedFolder.newest)
        let root = try ScratchContent.make(["004.md": try String(contentsOf: source, encoding: .utf8)])
        let article = try #require(ArticleReader(root: root).read("004.md").article)
        let check = ConsistencyChecker(contentRoot: root, articlePaths: ["004.md"]).check(article)
        let errors = check.allDiagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.id) == [.outdated], "\(errors)")
        let outdated = try #require(errors.first)
        #expect(outdated.location.line == 213)
        #expect(outdated.message.contains("'Microsoft Authenticator phone sign-in' in the resource tenant"))
        #expect(outdated.message.contains("true as of 2024-02-05"))
        #expect(outdated.message.contains("changed in the 2024-05-15 revision"))
        #expect(check.items.filter { $0.kind == .matrixCell }.count == 24)
        #expect(check.items.filter { $0.kind == .methodCell }.count == 16)
        #expect(
            check.items.filter { $0.kind == .stepTable }.map(\.name) == [
                "steps of entra-cross-tenant", "steps of external-identity-provider",
                "steps of email-one-time-passcode",
            ])
        #expect(
            check.items.filter { !$0.passed }.map(\.name) == ["Microsoft Authenticator phone sign-in × resource tenant"]
        )
    }
}
