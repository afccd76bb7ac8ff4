import Articles
import Testing

@Suite("Typed tables")
struct TableExtractionTests {
    private func tables() throws -> [TypedTable] {
        let (article, diagnostics) = Fixture.read("tables.md", in: "tables")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        return try #require(article).tables
    }

    @Test("tables are recognised by header shape or directive, others are left alone")
    func recognition() throws {
        let kinds = try tables().map(\.kindName)
        #expect(kinds == ["step table", "support matrix", "method table", "step table"])
    }

    @Test("a step table has its numbers, text, heading and skip references with positions")
    func stepTable() throws {
        guard case .steps(let table) = try tables()[0] else { Issue.record("not a step table"); return }
        #expect(table.steps.map(\.number) == [1, 2, 3, 4])
        #expect(table.heading == "Authentication flow for external Microsoft Entra users")
        #expect(table.flow == nil)
        #expect(table.steps[1].description.text == "Trust is checked. If not, skip to step 4.")
        #expect(table.steps[1].skipTargets.map(\.step) == [4])
        let reference = try #require(table.steps[1].skipTargets.first)
        #expect(reference.location.line == 12)
        #expect(reference.location.column == 37)
        #expect(table.steps[3].skipTargets.map(\.step) == [1])
        #expect(table.steps[2].numberCell.location.line == 13)
    }

    @Test("a directive binds a step table to a flow, whatever its header says")
    func directiveBinding() throws {
        guard case .steps(let table) = try tables()[3] else { Issue.record("not a step table"); return }
        #expect(table.flow == "email-one-time-passcode")
        #expect(table.steps.map(\.number) == [1, 2])
    }

    @Test("a support matrix reads each cell, including which claim must be trusted")
    func supportMatrix() throws {
        guard case .matrix(let matrix) = try tables()[1] else { Issue.record("not a matrix"); return }
        #expect(matrix.userKinds.map(\.text) == ["B2B collaboration users", "B2B direct connect users"])
        #expect(
            matrix.rows.map(\.control.text) == [
                "Grant controls—Block access",
                "Grant controls - Require multifactor authentication",
                "Grant controls - Require compliant device",
                "Grant controls - Require Microsoft Entra hybrid joined device",
            ])
        let cells = matrix.rows.map { $0.cells.map(\.support) }
        #expect(
            cells == [
                [.supported, .supported],
                [.supported, .supportedWhenTrusted(.mfa)],
                [.supportedWhenTrusted(.compliantDevice), .supportedWhenTrusted(.compliantDevice)],
                [.supportedWhenTrusted(.hybridJoinedDevice), .notSupported],
            ])
        #expect(matrix.rows[1].cells[1].cell.location.line == 21)
    }

    @Test("a method table reads ✅ and &#x2705; as allowed and empty as not")
    func methodTable() throws {
        guard case .methods(let table) = try tables()[2] else { Issue.record("not a method table"); return }
        #expect(table.rows.map(\.method.text) == ["SMS as second factor", "FIDO2 security key"])
        #expect(table.rows.map(\.home.isAllowed) == [true, true])
        #expect(table.rows.map(\.resource.isAllowed) == [true, false])
    }

    @Test("walkthrough placements and scenario blocks are kept with positions")
    func walkthroughsAndScenarios() throws {
        let article = try #require(Fixture.read("tables.md", in: "tables").article)
        #expect(article.walkthroughs.map(\.flow) == ["entra-cross-tenant"])
        let scenario = try #require(article.scenarios.first)
        #expect(scenario.location.line == 49)
        #expect(scenario.document["tenant"]?.string == "contoso")
        let expect = try #require(scenario.document["expect"]?["decision"])
        #expect(scenario.location(of: expect).line == 55)
    }

    @Test("unreadable tables, unknown and misplaced directives and bad scenario YAML are errors at their place")
    func malformed() {
        let diagnostics = Fixture.read("bad.md", in: "tables").diagnostics
        let found = diagnostics.map { "\($0.location.line):\($0.location.column) \($0.id.rawValue)" }
        #expect(
            found == [
                "5:3 crosswalk.table.malformed",
                "9:18 crosswalk.table.malformed",
                "13:9 crosswalk.table.malformed",
                "15:1 crosswalk.directive.unknown",
                "17:1 crosswalk.directive.misplaced",
                "23:1 crosswalk.scenario.invalid-yaml",
            ])
    }
}
