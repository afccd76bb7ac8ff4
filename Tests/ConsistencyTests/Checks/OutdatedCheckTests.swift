import Articles
import Foundation
import Testing
@testable import Consistency

/// Guidance true at its own `ms.date` but not under today's documented behaviour is reported as
/// outdated, naming the change; guidance that was never true stays a mismatch.
@Suite("Outdated guidance")
struct OutdatedCheckTests {
    static func check(date: String, phoneSignInInResource: Bool, smsAtHome: Bool = true) throws -> [Diagnostic] {
        let root = try ScratchContent.make([
            "a.md": """
            ---
            title: Methods
            ms.date: \(date)
            ---
            # Methods

            | Authentication method | Home tenant | Resource tenant |
            |---|---|---|
            | Text message as second factor | \(smsAtHome ? "&#x2705;" : "") | &#x2705; |
            | Microsoft Authenticator phone sign-in | &#x2705; | \(phoneSignInInResource ? "&#x2705;" : "") |
            """
        ])
        defer { try? FileManager.default.removeItem(atPath: root.resolvedURL.path) }
        let article = try #require(ArticleReader(root: root).read("a.md").article)
        return ConsistencyChecker(contentRoot: root, articlePaths: ["a.md"]).check(article).allDiagnostics
    }

    @Test(
        "written before the May 2024 revision, phone sign-in in the resource tenant is outdated, with the change named")
    func outdatedBeforeTheChange() throws {
        let diagnostics = try Self.check(date: "03/01/2024", phoneSignInInResource: true)
        #expect(diagnostics.map(\.id) == [.outdated])
        #expect(diagnostics.first?.message.contains("changed in the 2024-05-15 revision") == true)
        #expect(
            diagnostics.first?.notes.contains {
                $0.hasPrefix("source: Authentication and Conditional Access for B2B users")
            } == true)
    }

    @Test("written after it, the same cell is simply wrong")
    func wrongAfterTheChange() throws {
        #expect(try Self.check(date: "11/01/2026", phoneSignInInResource: true).map(\.id) == [.methodCellMismatch])
    }

    @Test("a cell that was never true is a mismatch whatever the date; today's table is clean")
    func neverTrue() throws {
        #expect(
            try Self.check(date: "03/01/2024", phoneSignInInResource: false, smsAtHome: false).map(\.id) == [
                .methodCellMismatch
            ])
        #expect(try Self.check(date: "03/01/2024", phoneSignInInResource: false).isEmpty)
    }
}
