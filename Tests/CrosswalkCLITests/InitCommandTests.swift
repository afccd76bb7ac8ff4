import Foundation
import Testing

@Suite("crosswalk init")
struct InitCommandTests {
    @Test("a new site builds and checks clean, with its own templates, assets and tenant")
    func newSite() throws {
        let parent = try CommandRunner.temporaryFolder()
        let created = try CommandRunner.run(["init", "guide"], in: parent)
        #expect(created.status == 0, "\(created.standardError)")
        let site = parent.appendingPathComponent("guide")
        for path in [
            "content/crosswalk.yml", "content/guest-sign-in.md", "content/_data/tenants/example.yaml",
            "templates/layout.mustache", "public/crosswalk.css",
        ] {
            #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent(path).path), "\(path)")
        }
        let check = try CommandRunner.run(["check", "--warnings-as-errors"], in: site)
        #expect(check.status == 0, "\(check.standardOutput)\(check.standardError)")
        let build = try CommandRunner.run(["build", "--no-search"], in: site)
        #expect(build.status == 0, "\(build.standardError)")
        #expect(build.standardError.isEmpty, "\(build.standardError)")
        #expect(build.standardOutput.contains("step tables: 1"))
        #expect(build.standardOutput.contains("method tables: 1"))
        #expect(build.standardOutput.contains("1 scenarios"))
        let page = try String(contentsOf: site.appendingPathComponent("_site/guest-sign-in.html"), encoding: .utf8)
        #expect(page.contains("verified by the engine"))
        #expect(page.contains("<title>How a guest signs in · Guidance for external users</title>"))
        // The configuration's paths are relative to it: the site builds from anywhere.
        let elsewhere = try CommandRunner.run(["build", "--no-search", "--content", "guide/content"], in: parent)
        #expect(elsewhere.status == 0, "\(elsewhere.standardError)")
        #expect(FileManager.default.fileExists(atPath: parent.appendingPathComponent("guide/_site/index.html").path))
    }

    @Test("a folder that is not empty is refused and left alone")
    func notEmpty() throws {
        let parent = try CommandRunner.temporaryFolder(["guide/notes.txt": "mine"])
        let result = try CommandRunner.run(["init", "guide"], in: parent)
        #expect(result.status == 2)
        #expect(result.standardError.contains("is not empty"))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: parent.appendingPathComponent("guide").path) == [
                "notes.txt"
            ])
    }
}
