import Articles
import Foundation
import Testing
@testable import SiteGenerator
import TestSupport

/// The indexer is looked for where users install it, in a fixed order, and never beside the
/// binary; each case builds a folder of small executables standing in for the real ones.
@Suite("Search indexer lookup")
struct SearchIndexerLookupTests {
    /// A fresh folder with executables `name` → shell script body.
    static func folder(_ scripts: [String: String] = [:]) throws -> URL {
        let url = Scratch.url("lookup")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (path, body) in scripts {
            let file = url.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try "#!/bin/sh\n\(body)\n".write(to: file, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: file.path)
        }
        return url
    }

    static func lookup(path: [URL], environment: [String: String] = [:], in directory: URL) -> SearchIndexerLookup {
        var environment = environment
        environment["PATH"] = path.map(\.path).joined(separator: ":")
        return SearchIndexerLookup(environment: environment, workingDirectory: directory)
    }

    @Test("CROSSWALK_PAGEFIND wins, split into words, even over an indexer on PATH")
    func environmentVariable() throws {
        let bin = try Self.folder(["pagefind": "exit 0"])
        let lookup = Self.lookup(path: [bin], environment: ["CROSSWALK_PAGEFIND": " npx  pagefind "], in: bin)
        #expect(lookup.find() == ["npx", "pagefind"])
    }

    @Test("pagefind on PATH comes before pagefind_extended, whichever folder holds it")
    func pathOrder() throws {
        let first = try Self.folder(["pagefind_extended": "exit 0"])
        let second = try Self.folder(["pagefind": "exit 0"])
        #expect(
            Self.lookup(path: [first, second], in: first).find() == [second.appendingPathComponent("pagefind").path])
        #expect(
            Self.lookup(path: [first], in: first).find() == [first.appendingPathComponent("pagefind_extended").path])
    }

    @Test("a file that is not executable, or a folder, named pagefind is passed over")
    func notExecutable() throws {
        let bin = try Self.folder()
        try "x".write(to: bin.appendingPathComponent("pagefind"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(
            at: bin.appendingPathComponent("pagefind_extended"), withIntermediateDirectories: true)
        #expect(Self.lookup(path: [bin], in: bin).find() == nil)
    }

    @Test("python3 -m pagefind is taken only when python3 answers that the package has its binary")
    func python() throws {
        let good = try Self.folder(["python3": "exit 0"])
        let python = good.appendingPathComponent("python3").path
        #expect(Self.lookup(path: [good], in: good).find() == [python, "-m", "pagefind"])
        let without = try Self.folder(["python3": "exit 1"])
        #expect(Self.lookup(path: [without], in: without).find() == nil)
    }

    @Test("the site folder's .venv comes last")
    func virtualEnvironment() throws {
        let site = try Self.folder([".venv/bin/python": "exit 0"])
        let bin = try Self.folder(["python3": "exit 1"])
        let venvPython = site.appendingPathComponent(".venv/bin/python").path
        #expect(Self.lookup(path: [bin], in: site).find() == [venvPython, "-m", "pagefind"])
        let other = try Self.folder()
        #expect(Self.lookup(path: [bin], in: other).find() == nil)
    }

    @Test("no indexer: search is turned off with one warning saying how to install one")
    func missingIsAWarning() throws {
        let empty = try Self.folder()
        let options = SiteOptions(contentPath: "content", outputPath: "_site")
        let (resolved, warning) = try options.resolvingSearchIndexer(with: Self.lookup(path: [empty], in: empty))
        #expect(!resolved.search)
        #expect(warning?.severity == .warning)
        #expect(warning?.id.rawValue == "crosswalk.search.unavailable")
        #expect(warning?.message.contains("pip install 'pagefind[extended]'") == true)
        #expect(warning?.message.contains("CROSSWALK_PAGEFIND") == true)
    }

    @Test("no indexer when search is required: an error, not a site without search")
    func missingIsAnErrorWhenRequired() throws {
        let empty = try Self.folder()
        let options = SiteOptions(contentPath: "content", outputPath: "_site", searchRequired: true)
        #expect {
            _ = try options.resolvingSearchIndexer(with: Self.lookup(path: [empty], in: empty))
        } throws: { error in
            let diagnostics = (error as? BuildFailure)?.diagnostics ?? []
            return diagnostics.count == 1 && diagnostics[0].severity == .error
                && diagnostics[0].id.rawValue == "crosswalk.search.unavailable"
        }
    }

    @Test("a found indexer is kept; search off or a command given skips the lookup")
    func resolved() throws {
        let bin = try Self.folder(["pagefind": "exit 0"])
        let lookup = Self.lookup(path: [bin], in: bin)
        let found = try SiteOptions(contentPath: "c", outputPath: "o").resolvingSearchIndexer(with: lookup)
        #expect(found.options.pagefindCommand == [bin.appendingPathComponent("pagefind").path] && found.warning == nil)
        let off = try SiteOptions(contentPath: "c", outputPath: "o", search: false).resolvingSearchIndexer(with: lookup)
        #expect(off.options.pagefindCommand == nil && off.warning == nil)
        let given = try SiteOptions(contentPath: "c", outputPath: "o", pagefindCommand: ["x"]).resolvingSearchIndexer(
            with: lookup)
        #expect(given.options.pagefindCommand == ["x"])
    }

    @Test("a site built without an indexer has no search box and no search script")
    func pagesHideTheSearchBox() async throws {
        let empty = try Self.folder()
        let output = try SiteFixture.temporaryFolder()
        let (options, _) = try SiteOptions(contentPath: SiteFixture.site, outputPath: output.path)
            .resolvingSearchIndexer(with: Self.lookup(path: [empty], in: empty))
        let summary = try await SiteBuilder(options: options).build()
        #expect(!summary.searchIndexed)
        let index = try SiteFixture.read("index.html", in: output)
        #expect(!index.contains("data-search"))
        #expect(!index.contains("pagefind"))
    }
}
