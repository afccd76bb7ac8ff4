import Foundation
import Testing

/// Content written to attack the readers of the site or the machine that builds it. Every case
/// must end with a diagnostic or a page that runs no script, and nothing outside the content
/// root may be read.
@Suite("hostile content")
struct HostileContentTests {
    /// Builds `files` and returns the result with the text of every built HTML page.
    static func build(
        _ files: [String: String], setUp: (URL) throws -> Void = { _ in }
    ) throws -> (result: CommandRunner.Result, pages: [String: String], folder: URL) {
        let folder = try CommandRunner.temporaryFolder(files)
        try setUp(folder)
        let result = try CommandRunner.run(["build", "--no-search"], in: folder)
        var pages: [String: String] = [:]
        let site = folder.appendingPathComponent("_site")
        if let enumerator = FileManager.default.enumerator(atPath: site.path) {
            while let path = enumerator.nextObject() as? String {
                guard path.hasSuffix(".html") else { continue }
                pages[path] = try String(contentsOf: site.appendingPathComponent(path), encoding: .utf8)
            }
        }
        return (result, pages, folder)
    }

    /// No inline script and no script URL anywhere: the only `<script` tags load files of the
    /// site or hold JSON data whose text cannot close the element.
    static func expectNoScript(in pages: [String: String], sourceLocation: SourceLocation = #_sourceLocation) {
        for (path, html) in pages {
            let lower = html.lowercased()
            var rest = lower[...]
            while let range = rest.range(of: "<script") {
                let tag = rest[range.lowerBound...].prefix { $0 != ">" }
                let allowed = tag.contains(" src=\"") || tag.contains("type=\"application/json\"")
                #expect(allowed, "\(path): inline script \(tag)", sourceLocation: sourceLocation)
                if tag.contains("type=\"application/json\""), let end = rest[range.upperBound...].range(of: "</script>")
                {
                    let json = rest[
                        rest.index(range.upperBound, offsetBy: tag.count - "<script".count)..<end.lowerBound]
                    #expect(
                        !json.dropFirst().contains("</"), "\(path): JSON data can close its script element",
                        sourceLocation: sourceLocation)
                }
                rest = rest[range.upperBound...]
            }
            for bad in ["href=\"javascript:", "src=\"javascript:", "href=\"data:", "src=\"data:", "href=\"vbscript:"] {
                #expect(!lower.contains(bad), "\(path) contains \(bad)", sourceLocation: sourceLocation)
            }
            // An event handler attribute inside a real tag (escaped text has no `<`).
            let handler = try! NSRegularExpression(pattern: "<[a-z][^<>]*\\son[a-z]+\\s*=")
            let match = handler.firstMatch(in: lower, range: NSRange(lower.startIndex..., in: lower))
            #expect(match == nil, "\(path) has an event handler attribute", sourceLocation: sourceLocation)
        }
    }

    @Test("raw script, script links, event handlers and HTML in a front matter title publish as text")
    func scripts() throws {
        let (result, pages, _) = try Self.build([
            "content/a.md": """
            ---
            title: "<script>alert('title')</script><img src=x onerror=alert(1)>"
            description: "\\"><script>alert('description')</script>"
            ---
            # Heading <script>alert(2)</script>

            <script>alert(3)</script>

            <img src="x" onerror="alert(4)">

            [click](javascript:alert(5)) [spaced](java\tscript:alert(6)) [upper](JAVASCRIPT:alert(7))
            [data](data:text/html;base64,PHNjcmlwdD5hbGVydCg4KTwvc2NyaXB0Pg==) ![img](data:image/svg+xml,<svg/onload=alert(9)>)
            <a href="javascript:alert(10)">raw link</a> <svg onload=alert(11)></svg>

            ```html
            </script><script>alert(12)</script>
            ```

            """
        ])
        #expect(result.status == 0, "\(result.standardError)")
        Self.expectNoScript(in: pages)
        let page = try #require(pages["a.html"])
        #expect(
            page.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;")
                || page.contains("&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;")
                || page.contains("&lt;script&gt;"))
        #expect(page.contains("click"))
    }

    @Test("</script> inside a scenario block is escaped on the page")
    func scenarioStrings() throws {
        let (result, pages, _) = try Self.build([
            "content/a.md": """
            # A

            ```crosswalk-scenario
            title: "</script><script>alert(1)</script>"
            tenant: nowhere
            ```

            """
        ])
        // The scenario names a tenant that does not exist: the build fails with a diagnostic and
        // publishes nothing, which is one of the two safe outcomes.
        #expect(result.status == 1)
        #expect(result.standardError.contains("a.md:"))
        Self.expectNoScript(in: pages)
    }

    @Test(
        "an include of /etc/passwd, by absolute path, climbing, or through a symbolic link, is refused with a warning and never read"
    )
    func includesOut() throws {
        let (result, pages, _) = try Self.build([
            "content/a.md":
                "# A\n\n[!INCLUDE [x](/etc/passwd)]\n\n[!INCLUDE [y](../../../../../../etc/passwd)]\n\n[!INCLUDE [z](includes/link.md)]\n"
        ]) { folder in
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent("content/includes"), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(
                atPath: folder.appendingPathComponent("content/includes/link.md").path,
                withDestinationPath: "/etc/passwd")
        }
        #expect(result.status == 0)
        #expect(result.standardError.contains("content/a.md:3:1: warning: [crosswalk.include.outside-root]"))
        #expect(result.standardError.contains("content/a.md:5:1: warning: [crosswalk.include.outside-root]"))
        #expect(result.standardError.contains("content/a.md:7:1: warning: [crosswalk.include.outside-root]"))
        #expect(!result.standardError.contains("root:x:"))
        #expect(pages["a.html"]?.contains("Missing include:") == true)
        #expect(!pages.values.contains { $0.contains("root:x:") })
    }

    @Test("a symbolic link out of the content root is a warning and not read")
    func symlinkArticle() throws {
        let (result, pages, _) = try Self.build(["content/a.md": "# A\n"]) { folder in
            try FileManager.default.createSymbolicLink(
                atPath: folder.appendingPathComponent("content/leak.md").path, withDestinationPath: "/etc/passwd")
        }
        #expect(result.status == 0)
        #expect(result.standardError.contains("content/leak.md:1:1: warning: [crosswalk.source.symlink-outside-root]"))
        #expect(pages["leak.html"] == nil)
        #expect(!pages.values.contains { $0.contains("root:x:") })
    }

    @Test("a tenant that names a Graph document outside the content root cannot read it")
    func tenantOut() throws {
        let (result, _, _) = try Self.build([
            "content/a.md": """
            # A

            ```crosswalk-scenario
            tenant: leaky
            signIn:
              signInIdentity: {userId: a@b.example, externalTenantId: 3c5a9f1e-7b2d-4e6f-8a1c-2d3e4f5a6b7c, externalUserType: b2bCollaborationGuest}
              signInContext: {includeApplications: [00000003-0000-0ff1-ce00-000000000000]}
            expect:
              decision: granted
            ```

            """,
            "content/_data/tenants/leaky.yaml":
                "tenantId: 0b7d9e2c-41f6-4a3b-8c5d-7e6f5a4b3c2d\ndisplayName: Leaky\nlicense: p1\nconditionalAccessPolicies: ../../../../../../../../etc/passwd\n",
        ])
        #expect(result.status == 1)
        #expect(result.standardError.contains("leaky.yaml:4:28: error: [crosswalk.tenant.outside-root]"))
        #expect(!result.standardError.contains("root:x:"))
    }

    @Test("include cycles, non-UTF-8 bytes and empty files end with a diagnostic or a safe page")
    func brokenFiles() throws {
        let (result, _, folder) = try Self.build([
            "content/a.md": "# A\n\n[!INCLUDE [b](includes/b.md)]\n",
            "content/includes/b.md": "[!INCLUDE [a](c.md)]\n",
            "content/includes/c.md": "[!INCLUDE [b](b.md)]\n",
            "content/empty.md": "",
        ]) { folder in
            try Data([0x23, 0x20, 0x41, 0x0A, 0xC3, 0x28, 0xFF]).write(
                to: folder.appendingPathComponent("content/latin1.md"))
        }
        #expect(result.status == 1)
        #expect(result.standardError.contains("[crosswalk.include.cycle] include cycle:"))
        #expect(result.standardError.contains("content/latin1.md:2:1: error: [crosswalk.source.invalid-utf8]"))
        // Without the broken files, the empty article is a page titled by its file name.
        try FileManager.default.removeItem(at: folder.appendingPathComponent("content/latin1.md"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("content/includes"))
        try "# A\n".write(to: folder.appendingPathComponent("content/a.md"), atomically: true, encoding: .utf8)
        let second = try CommandRunner.run(["build", "--no-search"], in: folder)
        #expect(second.status == 0, "\(second.standardError)")
        #expect(
            try String(contentsOf: folder.appendingPathComponent("_site/empty.html"), encoding: .utf8).contains(
                "<title>empty"))
    }

    @Test("quotes and lists nested 100,000 deep are a diagnostic, not a stack overflow")
    func deepNesting() throws {
        let quotes = String(repeating: ">", count: 100_000) + " deep\n"
        let lists = (0..<5_000).map { String(repeating: "  ", count: $0) + "- item" }.joined(separator: "\n") + "\n"
        let emphasis = String(repeating: "*a ", count: 50_000) + String(repeating: "b*", count: 50_000) + "\n"
        let links = String(repeating: "[", count: 50_000) + "x" + String(repeating: "](y)", count: 50_000) + "\n"
        let (result, _, _) = try Self.build([
            "content/quotes.md": "# Q\n\n" + quotes,
            "content/lists.md": "# L\n\n" + lists,
            "content/emphasis.md": "# E\n\n" + emphasis,
            "content/links.md": "# K\n\n" + links,
        ])
        #expect(result.status == 1)
        #expect(result.standardError.contains("content/quotes.md:3:"))
        #expect(result.standardError.contains("[crosswalk.markdown.nesting-too-deep]"))
        #expect(result.standardError.contains("content/lists.md:"))
    }

    @Test(
        "a 10 MB line is refused with a diagnostic; the largest accepted file and a 10,000-column table build with bounded memory"
    )
    func hugeInput() throws {
        let columns = 10_000
        let table =
            "| " + (0..<columns).map { "c\($0)" }.joined(separator: " | ") + " |\n|"
            + String(repeating: "---|", count: columns) + "\n| "
            + (0..<columns).map { "<b>\($0)</b>" }.joined(separator: " | ") + " |\n"
        let tenMegabytes = String(repeating: "word <script>x</script> ", count: 10 * 1024 * 1024 / 24) + "\n"
        let refused = try Self.build(["content/line.md": "# L\n\n" + tenMegabytes])
        #expect(refused.result.status == 1)
        #expect(refused.result.standardError.contains("content/line.md:1:1: error: [crosswalk.source.too-large]"))
        // Just under the limit, with the markup that makes the most nodes per byte.
        let dense = String(repeating: "*a* <b>", count: (2 * 1024 * 1024 - 100) / 7) + "\n"
        let (result, pages, _) = try Self.build([
            "content/table.md": "# T\n\n" + table,
            "content/line.md": "# L\n\n" + dense,
        ])
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        #expect(result.status == 0, "\(result.standardError)")
        Self.expectNoScript(in: pages)
        #expect(pages["table.html"]?.contains("<th scope=\"col\">c9999</th>") == true)
        // ru_maxrss is in kilobytes on Linux: the largest child of this test process so far.
        let peakMegabytes = Int(usage.ru_maxrss) / 1024
        #expect(peakMegabytes < 1024)
    }
}
