import Foundation
import Testing

@Suite("crosswalk build")
struct BuildCommandTests {
    @Test("a good folder builds with one summary line when not on a terminal")
    func success() throws {
        let folder = try CommandRunner.temporaryFolder([
            "content/a.md": "---\ntitle: A\n---\n# A\n\n| Authentication method | Home tenant | Resource tenant |\n|---|---|---|\n| Voice call | ✅ | ✅ |\n",
            "content/b.md": "# B\n\nSee [A](a.md).\n",
        ])
        let result = try CommandRunner.run(["build", "--no-search"], in: folder)
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("Built 4 pages (method tables: 1, 0 scenarios, 2 checks passed) in ") == true)
        #expect(result.standardError.isEmpty)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("_site/a.html").path))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("_site/crosswalk.css").path))
    }

    @Test("bad content prints path:line:column diagnostics, exits 1 and keeps the old site")
    func badContent() throws {
        let folder = try CommandRunner.temporaryFolder([
            "content/a.md": "---\ntitle: [oops\n---\n# A\n",
            "content/b.md": "# B\n\n[!INCLUDE [x](../../etc/passwd)]\n",
            "_site/index.html": "old",
        ])
        let result = try CommandRunner.run(["build", "--no-search"], in: folder)
        #expect(result.status == 1)
        let lines = result.standardError.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("content/a.md:") && $0.contains(": error: [crosswalk.front-matter.invalid]") })
        #expect(lines.contains("content/b.md:3:1: error: [crosswalk.include.outside-root] include '../../etc/passwd' is outside the content root"))
        #expect(lines.last == "error: build failed with 2 errors; _site was left unchanged")
        #expect(try String(contentsOf: folder.appendingPathComponent("_site/index.html"), encoding: .utf8) == "old")
    }

    @Test("--timings adds a line with wall and processor time per phase that ran, then other and total, then the allocator")
    func timings() throws {
        let folder = try CommandRunner.temporaryFolder(["content/a.md": "# A\n"])
        let result = try CommandRunner.run(["build", "--no-search", "--timings"], in: folder)
        #expect(result.status == 0)
        var lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.dropFirst().first?.split(separator: " ") == ["phase", "wall", "cpu"])
        // The executable links mimalloc on Linux; a build that lost it would be a seventh slower.
        #expect(lines.popLast()?.hasPrefix("  allocator: mimalloc ") == true)
        let rows = lines.dropFirst(2)
        let names = rows.map { $0.split(separator: " ").dropLast(4).joined(separator: " ") }
        #expect(names == ["read and check", "What If pages", "prepare", "render and write pages", "sitemap and assets", "replace the output", "other", "total"])
        for row in rows {
            let figures = Array(row.split(separator: " ").suffix(4))
            #expect(figures.count == 4 && figures[1] == "ms" && figures[3] == "ms", "\(row)")
            #expect(Double(figures[0]) != nil && Double(figures[2]) != nil, "\(row)")
        }
    }

    @Test("an explicit folder that does not exist is a usage error with status 2")
    func missingFolder() throws {
        let folder = try CommandRunner.temporaryFolder(["content/a.md": "# A\n"])
        let result = try CommandRunner.run(["build", "--templates", "nowhere"], in: folder)
        #expect(result.status == 2)
        #expect(result.standardError.contains("folder 'nowhere' does not exist"))
    }

    @Test("an unknown option is a usage error with status 2")
    func unknownOption() throws {
        let result = try CommandRunner.run(["build", "--frobnicate"])
        #expect(result.status == 2)
    }
}
