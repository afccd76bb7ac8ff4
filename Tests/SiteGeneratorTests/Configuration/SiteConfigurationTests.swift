import Articles
import Foundation
import Testing

@testable import SiteGenerator
import TestSupport

@Suite("Site configuration (crosswalk.yml)")
struct SiteConfigurationTests {
    private func parse(_ text: String, contentPath: String = "/site/content") -> (SiteConfiguration, [String]) {
        let (configuration, diagnostics) = SiteConfiguration.parse(
            text, file: "crosswalk.yml", contentPath: contentPath)
        return (
            configuration,
            diagnostics.map { "\($0.location.line):\($0.location.column) \($0.id.rawValue) \($0.message)" }
        )
    }

    @Test("every key is read; paths are relative to the content folder")
    func allKeys() throws {
        let shared = try SiteFixture.temporaryFolder().deletingLastPathComponent()
        let (configuration, problems) = parse(
            """
            title: Partner handbook
            baseUrl: https://guidance.example.org/
            includeRoots:
              "~/../docs/reusable-content/": \(shared.path)
            tenants: data/tenants
            search: false
            highlight: off
            output: ../_site
            templates: ../theme
            public: /srv/assets
            """)
        #expect(problems.isEmpty)
        #expect(configuration.title == "Partner handbook")
        #expect(configuration.baseURL == "https://guidance.example.org/")
        #expect(configuration.includeRoots.map(\.prefix) == ["~/../docs/reusable-content/"])
        #expect(configuration.tenants == "data/tenants")
        #expect(configuration.search == false)
        #expect(configuration.highlight == false)
        #expect(configuration.output == "/site/content/../_site")
        #expect(configuration.templates == "/site/content/../theme")
        #expect(configuration.publicFolder == "/srv/assets")
        let root = configuration.contentRoot(path: "/site/content")
        #expect(root.includeRoots.map(\.prefix) == ["~/../docs/reusable-content"])
        #expect(root.tenantsFolder == "data/tenants")
    }

    @Test("an unknown key is an error at the key that names the nearest known one")
    func unknownKey() {
        let (_, problems) = parse("title: x\nbaseURL: https://example.org\nincludeRoot: {}\nfrobnicate: 1\n")
        #expect(
            problems == [
                "2:1 crosswalk.config.unknown-key unknown key 'baseURL' in the site configuration; did you mean 'baseUrl'?",
                "3:1 crosswalk.config.unknown-key unknown key 'includeRoot' in the site configuration; did you mean 'includeRoots'?",
                "4:1 crosswalk.config.unknown-key unknown key 'frobnicate' in the site configuration; known keys: title, baseUrl, includeRoots, tenants, search, highlight, output, templates, public",
            ])
    }

    @Test("values of the wrong shape are errors at the value")
    func wrongShapes() {
        let (_, problems) = parse(
            """
            search: sometimes
            tenants: ../elsewhere
            includeRoots: [a, b]
            title: [a, b]
            """)
        #expect(problems.map { $0.split(separator: " ").first! } == ["1:9", "2:10", "3:15", "4:8"])
        #expect(problems.allSatisfy { $0.contains("crosswalk.config.invalid") })
    }

    @Test("an include root that is not a folder is an error")
    func missingIncludeRoot() {
        let (configuration, problems) = parse("includeRoots:\n  \"~/../shared\": /no/such/folder\n")
        #expect(configuration.includeRoots.isEmpty)
        #expect(problems == ["2:18 crosswalk.config.invalid include root '/no/such/folder' is not a folder"])
    }

    @Test("a site without crosswalk.yml has the empty configuration")
    func absent() throws {
        let folder = try SiteFixture.temporaryFolder().deletingLastPathComponent()
        let (configuration, diagnostics) = SiteConfiguration.load(contentPath: folder.path)
        #expect(configuration == SiteConfiguration())
        #expect(diagnostics.isEmpty)
    }

    @Test("includes under an include root's prefix are read from its folder, and cannot leave it")
    func includeRoot() throws {
        let base = Scratch.url("roots")
        let files = [
            "content/a.md":
                "# A\n\n[!INCLUDE [n](~/../docs/shared/includes/note.md)]\n\n[!INCLUDE [x](~/../docs/shared/../../secret.md)]\n",
            "shared/includes/note.md": "Shared text, with [!INCLUDE [more](more.md)]\n\n[!INCLUDE [more](more.md)]\n",
            "shared/includes/more.md": "More shared text.\n",
            "secret.md": "Secret.\n",
        ]
        for (path, text) in files {
            let url = base.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        var root = ContentRoot(path: base.appendingPathComponent("content").path)
        root.includeRoots = [
            IncludeRoot(prefix: "~/../docs/shared", folder: base.appendingPathComponent("shared").path)
        ]
        let (article, diagnostics) = ArticleReader(root: root).read("a.md")
        let text = try #require(article).document.plainText
        #expect(text.contains("Shared text"))
        #expect(text.contains("More shared text."))
        #expect(!text.contains("Secret."))
        #expect(diagnostics.map(\.id) == [.includeOutsideRoot])
        #expect(diagnostics.first?.location.line == 5)
    }
}
