import Foundation
import Testing

@Suite("crosswalk check")
struct CheckCommandTests {
    private static let consistent = """
        # Guide

        ## Authentication flow for external Microsoft Entra users

        <!-- crosswalk: steps flow=email-one-time-passcode -->
        | Step | Description |
        |---|---|
        | 1 | a |
        | 2 | b |
        | 3 | c |
        | 4 | d |

        | Policy | B2B collaboration users |
        |---|---|
        | Require password change | Not supported |
        """

    @Test("consistent content exits 0 with a summary")
    func consistent() throws {
        let folder = try CommandRunner.temporaryFolder(["content/a.md": Self.consistent])
        let result = try CommandRunner.run(["check"], in: folder)
        #expect(result.status == 0)
        #expect(result.standardOutput == "2 checks, 0 failed; 0 errors, 0 warnings (engine 0.1.0)\n")
    }

    @Test("a wrong cell exits 1 and names the cell")
    func inconsistent() throws {
        let folder = try CommandRunner.temporaryFolder([
            "content/a.md": Self.consistent.replacingOccurrences(of: "| Not supported |", with: "| Supported |")
        ])
        let result = try CommandRunner.run(["check", "content"], in: folder)
        #expect(result.status == 1)
        #expect(result.standardOutput.hasPrefix("content/a.md:15:29: error: [crosswalk.matrix.cell-mismatch]"))
    }

    @Test("--format junit --output writes the report and prints the summary")
    func junitToFile() throws {
        let folder = try CommandRunner.temporaryFolder(["content/a.md": Self.consistent])
        let result = try CommandRunner.run(["check", "--format", "junit", "--output", "report.xml"], in: folder)
        #expect(result.status == 0)
        let xml = try String(contentsOf: folder.appendingPathComponent("report.xml"), encoding: .utf8)
        #expect(
            xml.contains(
                "<testcase classname=\"a.md.matrix-cell\" name=\"Require password change × B2B collaboration users\" file=\"content/a.md\" line=\"15\"/>"
            ))
    }

    @Test("check reads crosswalk.yml: an include under a mapped prefix is found, not a warning")
    func includeRoots() throws {
        let folder = try CommandRunner.temporaryFolder([
            "content/crosswalk.yml": "includeRoots:\n  \"~/../docs/reusable-content\": ../shared\n",
            "content/a.md": "# A\n\n[!INCLUDE [note](~/../docs/reusable-content/includes/note.md)]\n",
            "shared/includes/note.md": "Shared note.\n",
        ])
        let mapped = try CommandRunner.run(["check", "--warnings-as-errors"], in: folder)
        #expect(mapped.status == 0, "\(mapped.standardOutput)\(mapped.standardError)")
        try FileManager.default.removeItem(at: folder.appendingPathComponent("content/crosswalk.yml"))
        let unmapped = try CommandRunner.run(["check", "--warnings-as-errors"], in: folder)
        #expect(unmapped.status == 1)
        #expect(unmapped.standardOutput.contains("content/a.md:3:1: warning: [crosswalk.include.outside-root]"))
    }

    @Test(
        "bad front matter is a content error (1), a header that is not YAML only with --warnings-as-errors; a path that does not exist is a usage error (2)"
    )
    func statuses() throws {
        let folder = try CommandRunner.temporaryFolder([
            "content/a.md": "---\ntitle: [x\n---\n", "content/b.md": "---\norder: soon\n---\n",
        ])
        #expect(try CommandRunner.run(["check"], in: folder).status == 1)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("content/b.md"))
        #expect(try CommandRunner.run(["check"], in: folder).status == 0)
        #expect(try CommandRunner.run(["check", "--warnings-as-errors"], in: folder).status == 1)
        let missing = try CommandRunner.run(["check", "nowhere"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.standardError.contains("'nowhere' does not exist"))
        #expect(try CommandRunner.run(["check", "--format", "pdf"], in: folder).status == 2)
    }

    @Test("--warnings-as-errors fails on a warning")
    func warningsAsErrors() throws {
        let folder = try CommandRunner.temporaryFolder(["content/a.md": Self.consistent])
        // A single article checked alone: still consistent, so warnings-as-errors changes nothing.
        #expect(try CommandRunner.run(["check", "--warnings-as-errors", "content/a.md"], in: folder).status == 0)
    }
}
