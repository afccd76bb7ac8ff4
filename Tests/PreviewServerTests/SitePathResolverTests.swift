import Foundation
import TestSupport
import Testing
@testable import PreviewServer

@Suite("serving only what is inside the site")
struct SitePathResolverTests {
    /// A site folder with a page, a folder with an index, and a secret file beside the site.
    static func site() throws -> (site: URL, resolver: SitePathResolver) {
        let base = try Scratch.folder(
            "serve",
            files: [
                "site/index.html": "<html><head></head><body>home</body></html>",
                "site/guides/index.html": "guides",
                "site/guides/mfa.html": "mfa",
                "secret.txt": "do not serve",
            ])
        let site = base.appendingPathComponent("site")
        try FileManager.default.createSymbolicLink(
            atPath: site.appendingPathComponent("leak.txt").path,
            withDestinationPath: base.appendingPathComponent("secret.txt").path)
        try FileManager.default.createSymbolicLink(
            atPath: site.appendingPathComponent("up").path, withDestinationPath: base.path)
        try FileManager.default.createSymbolicLink(
            atPath: site.appendingPathComponent("passwd").path, withDestinationPath: "/etc/passwd")
        try FileManager.default.createSymbolicLink(
            atPath: site.appendingPathComponent("alias.html").path, withDestinationPath: "guides/mfa.html")
        return (site, SitePathResolver(siteFolder: site.path))
    }

    @Test("files, folder index files and redirects for folders without a slash")
    func insideTheSite() throws {
        let (site, resolver) = try Self.site()
        let root = site.resolvingSymlinksInPath()
        #expect(resolver.resolve("/") == .file(root.appendingPathComponent("index.html")))
        #expect(resolver.resolve("/guides/mfa.html") == .file(root.appendingPathComponent("guides/mfa.html")))
        #expect(resolver.resolve("/guides/") == .file(root.appendingPathComponent("guides/index.html")))
        #expect(resolver.resolve("/guides") == .redirect("/guides/"))
        #expect(resolver.resolve("/missing.html") == .notFound)
        #expect(resolver.resolve("/guides%2Fmfa.html") == .file(root.appendingPathComponent("guides/mfa.html")))
        #expect(resolver.resolve("/alias.html") == .file(root.appendingPathComponent("guides/mfa.html")))
    }

    @Test(
        "parent segments are refused, plain or percent-encoded in any case",
        arguments: [
            "/..", "/../secret.txt", "/guides/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt",
            "/%2e%2e%2fsecret.txt", "/guides%2f..%2f..%2fsecret.txt", "/.%2e/secret.txt", "/./index.html",
            "/%252e%252e/secret.txt",
        ])
    func parentSegments(path: String) throws {
        let (_, resolver) = try Self.site()
        let result = resolver.resolve(path)
        #expect(result == .refused || result == .notFound)
        if case .file = result { Issue.record("\(path) was served") }
    }

    @Test(
        "absolute and malformed paths are refused",
        arguments: [
            "//etc/passwd", "/%2Fetc/passwd", "etc/passwd", "http://example.com/../etc/passwd", "/..\\secret.txt",
            "/index.html%00.png", "/%zz",
        ])
    func absolutePaths(path: String) throws {
        let (_, resolver) = try Self.site()
        #expect(resolver.resolve(path) == .refused)
    }

    @Test(
        "symbolic links that lead out of the site are refused",
        arguments: ["/leak.txt", "/up/secret.txt", "/passwd", "/up/"])
    func symlinksOut(path: String) throws {
        let (_, resolver) = try Self.site()
        #expect(resolver.resolve(path) == .refused)
    }

    @Test("the double-encoded parent is only a strange file name, which does not exist")
    func doubleEncoded() throws {
        let (_, resolver) = try Self.site()
        #expect(resolver.resolve("/%252e%252e/secret.txt") == .notFound)
    }
}
