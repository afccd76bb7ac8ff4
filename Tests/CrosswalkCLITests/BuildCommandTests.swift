import Foundation
import Testing

@Suite("crosswalk build")
struct BuildCommandTests {
    @Test("a good folder builds with one summary line when not on a terminal")
    func success() throws {
        let folder = try CommandRunner.temporaryFolder([
            "content/a.md":
                "---\ntitle: A\n---\n# A\n\n| Authentication method | Home tenant | Resource tenant |\n|---|---|---|\n| Voice call | ✅ | ✅ |\n",
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
            "content/a.md": "---\ntitle: A\norder: soon\n---\n# A\n",
            "content/b.md": "# B\n\n[!INCLUDE [x](b.md)]\n",
            "_site/index.html": "old",
        ])
        let result = try CommandRunner.run(["build", "--no-search"], in: folder)
        #expect(result.status == 1)
        let lines = result.standardError.split(separator: "\n").map(String.init)
        #expect(
            lines.contains { $0.hasPrefix("content/a.md:") && $0.contains(": error: [crosswalk.front-matter.invalid]") }
        )
        #expect(lines.contains("content/b.md:3:1: error: [crosswalk.include.cycle] include cycle: b.md → b.md"))
        #expect(lines.last == "error: build failed with 2 errors; _site was left unchanged")
        #expect(try String(contentsOf: folder.appendingPathComponent("_site/index.html"), encoding: .utf8) == "old")
    }

    @Test("a missing include is a warning and the page is published; --warnings-as-errors makes it fatal")
    func warningsAsErrors() throws {
        let folder = try CommandRunner.temporaryFolder([
            "content/a.md": "# A\n\n[!INCLUDE [note](~/includes/portal-update.md)]\n"
        ])
        let tolerant = try CommandRunner.run(["build", "--no-search"], in: folder)
        #expect(tolerant.status == 0)
        #expect(tolerant.standardError.contains("content/a.md:3:1: warning: [crosswalk.include.missing]"))
        #expect(
            try String(contentsOf: folder.appendingPathComponent("_site/a.html"), encoding: .utf8).contains(
                "<code>~/includes/portal-update.md</code>"))
        let strict = try CommandRunner.run(
            ["build", "--no-search", "--output", "_strict", "--warnings-as-errors"], in: folder)
        #expect(strict.status == 1)
        #expect(strict.standardError.contains("content/a.md:3:1: error: [crosswalk.include.missing]"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("_strict").path))
    }

    @Test("crosswalk.yml sets the title and output; the command line overrides it; an unknown key stops the build")
    func configuration() throws {
        let folder = try CommandRunner.temporaryFolder([
            "content/crosswalk.yml": "title: Partner handbook\noutput: ../public-site\nsearch: false\n",
            "content/a.md": "# A\n",
        ])
        let configured = try CommandRunner.run(["build"], in: folder)
        #expect(configured.status == 0, "\(configured.standardError)")
        let page = try String(contentsOf: folder.appendingPathComponent("public-site/a.html"), encoding: .utf8)
        #expect(page.contains("<title>A · Partner handbook</title>"))
        #expect(
            !FileManager.default.fileExists(atPath: folder.appendingPathComponent("public-site/crosswalk.yml").path))
        let overridden = try CommandRunner.run(["build", "--output", "elsewhere"], in: folder)
        #expect(overridden.status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("elsewhere/a.html").path))
        try "titel: x\n".write(
            to: folder.appendingPathComponent("content/crosswalk.yml"), atomically: true, encoding: .utf8)
        let broken = try CommandRunner.run(["build"], in: folder)
        #expect(broken.status == 1)
        #expect(
            broken.standardError.contains(
                "content/crosswalk.yml:1:1: error: [crosswalk.config.unknown-key] unknown key 'titel' in the site configuration; did you mean 'title'?"
            ))
    }

    @Test(
        "without an indexer, search is skipped with a warning unless crosswalk.yml asks for it, as crosswalk init's comments say"
    )
    func configuredSearch() throws {
        let folder = try CommandRunner.temporaryFolder(["content/a.md": "# A\n"])
        // Only the system's folders: no Pagefind binary, module or .venv is found there.
        let bare = ["PATH": "/usr/bin:/bin", "CROSSWALK_PAGEFIND": ""]
        let optional = try CommandRunner.run(["build"], in: folder, environment: bare)
        #expect(optional.status == 0, "\(optional.standardError)")
        #expect(optional.standardError.contains("warning: [crosswalk.search.unavailable]"))
        try "search: true\n".write(
            to: folder.appendingPathComponent("content/crosswalk.yml"), atomically: true, encoding: .utf8)
        let required = try CommandRunner.run(["build"], in: folder, environment: bare)
        #expect(required.status == 1)
        #expect(required.standardError.contains("error: [crosswalk.search.unavailable]"))
        let overridden = try CommandRunner.run(["build", "--no-search"], in: folder, environment: bare)
        #expect(overridden.status == 0, "\(overridden.standardError)")
    }

    @Test(
        "--timings adds a line with wall and processor time per phase that ran, then other and total, then the allocator"
    )
    func timings() throws {
        let folder = try CommandRunner.temporaryFolder(["content/a.md": "# A\n"])
        let result = try CommandRunner.run(["build", "--no-search", "--timings"], in: folder)
        #expect(result.status == 0)
        var lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.dropFirst().first?.split(separator: " ") == ["phase", "wall", "cpu"])
        // The executable links mimalloc on Linux; a build that lost it would be a seventh slower.
        #expect(lines.popLast()?.hasPrefix("  allocator: mimalloc ") == true)
        // Work done beside the phases comes last, with its wall time only.
        let beside = lines.popLast() ?? ""
        #expect(beside.split(separator: " ").dropLast(2).joined(separator: " ") == "beside: What If pages")
        #expect(beside.hasSuffix(" ms") && Double(beside.split(separator: " ").dropLast().last ?? "") != nil)
        let rows = lines.dropFirst(2)
        let names = rows.map { $0.split(separator: " ").dropLast(4).joined(separator: " ") }
        #expect(
            names == [
                "read and check", "highlight code", "finish What If pages", "prepare", "render and write pages",
                "sitemap and assets", "replace the output", "other", "total",
            ])
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
