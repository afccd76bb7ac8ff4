import Articles
import Foundation
import Testing

/// The seed documents, found through `CROSSWALK_SEED_DIR`.
enum SeedDocuments {
    /// Seed 004, the most current of them.
    static var newest: URL? {
        guard let folder = ProcessInfo.processInfo.environment["CROSSWALK_SEED_DIR"] else { return nil }
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return files.first { $0.hasPrefix("004_") }.map { URL(fileURLWithPath: folder).appendingPathComponent($0) }
    }
}

/// Reads the newest seed document (004) from `CROSSWALK_SEED_DIR` and checks that every table in it
/// is extracted with the right type and values. CI sets the variable; without it the seed is not
/// available and the suite reports itself skipped.
@Suite(
    "Seed 004 tables",
    .enabled(if: SeedDocuments.newest != nil, "CROSSWALK_SEED_DIR is not set, so the seed documents are not available")
)
struct SeedArticleTests {
    private func article() throws -> (Article, [Diagnostic]) {
        let source = try #require(SeedDocuments.newest)
        let root = try Fixture.temporaryRoot(["004.md": [UInt8](try Data(contentsOf: source))])
        let (article, diagnostics) = ArticleReader(root: root).read("004.md")
        return (try #require(article), diagnostics)
    }

    @Test("the only problem in seed 004 is its include of a file outside the content root, a warning")
    func onlyTheOutsideInclude() throws {
        let (_, diagnostics) = try article()
        #expect(diagnostics.ids == ["crosswalk.include.outside-root"])
        #expect(diagnostics.first?.severity == .warning, "published with a placeholder, as DocFX does")
        #expect(diagnostics.first?.location.line == 158)
    }

    @Test("three step tables of 6, 4 and 4 steps under the flow headings, with step 3 skipping to 6")
    func stepTables() throws {
        let steps = try article().0.tables.compactMap { table -> StepTable? in
            if case .steps(let steps) = table { return steps }
            return nil
        }
        #expect(steps.map { $0.steps.map(\.number) } == [Array(1...6), Array(1...4), Array(1...4)])
        #expect(
            steps.map(\.heading) == [
                "Authentication flow for external Microsoft Entra users",
                "Example 1: Authentication flow and token for a non-Azure AD external user",
                "Example 2: Authentication flow and token for one-time passcode user",
            ])
        #expect(steps[0].steps[2].skipTargets.map(\.step) == [6])
        #expect(steps[0].steps[2].skipTargets.first?.location.line == 40)
        #expect(steps.flatMap(\.steps).filter { !$0.skipTargets.isEmpty }.count == 1)
    }

    @Test("the policy comparison matrix has 12 controls and the seed's values")
    func comparisonMatrix() throws {
        let matrices = try article().0.tables.compactMap { table -> SupportMatrix? in
            if case .matrix(let matrix) = table { return matrix }
            return nil
        }
        let matrix = try #require(matrices.first)
        #expect(matrices.count == 1)
        #expect(matrix.userKinds.map(\.text) == ["B2B collaboration users", "B2B direct connect users"])
        let s = Support.supported, n = Support.notSupported
        let rows = matrix.rows.map { ($0.control.text, $0.cells.map(\.support)) }
        let expected: [(String, [Support])] = [
            ("Grant controls—Block access", [s, s]),
            ("Grant controls - Require multifactor authentication", [s, .supportedWhenTrusted(.mfa)]),
            (
                "Grant controls - Require compliant device",
                [.supportedWhenTrusted(.compliantDevice), .supportedWhenTrusted(.compliantDevice)]
            ),
            (
                "Grant controls - Require Microsoft Entra hybrid joined device",
                [.supportedWhenTrusted(.hybridJoinedDevice), .supportedWhenTrusted(.hybridJoinedDevice)]
            ),
            ("Grant controls - Require approved client app", [n, n]),
            ("Grant controls - Require app protection policy", [n, n]),
            ("Grant controls - Require password change", [n, n]),
            ("Grant controls - Terms of Use", [s, n]),
            ("Session controls - Use app enforced restrictions", [s, n]),
            ("Session controls - Use Conditional Access App control", [s, n]),
            ("Session controls - Sign-in frequency", [s, n]),
            ("Session controls - Persistent browser session", [s, n]),
        ]
        #expect(rows.count == expected.count)
        for (row, want) in zip(rows, expected) {
            #expect(row.0 == want.0)
            #expect(row.1 == want.1, "\(row.0)")
        }
    }

    @Test("Table 1 lists 8 methods: all allowed at home, five in the resource tenant")
    func methodTable() throws {
        let tables = try article().0.tables.compactMap { table -> MethodTable? in
            if case .methods(let methods) = table { return methods }
            return nil
        }
        let table = try #require(tables.first)
        #expect(
            table.rows.map(\.method.text) == [
                "SMS as second factor", "Voice call", "Microsoft Authenticator push notification",
                "Microsoft Authenticator phone sign-in", "OATH software token", "OATH hardware token",
                "FIDO2 security key", "Windows Hello for Business",
            ])
        #expect(table.rows.map(\.home.isAllowed) == Array(repeating: true, count: 8))
        #expect(table.rows.map(\.resource.isAllowed) == [true, true, true, true, true, false, false, false])
    }
}
