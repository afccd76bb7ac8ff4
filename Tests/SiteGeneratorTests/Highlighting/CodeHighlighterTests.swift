import Foundation
import Articles
import Testing

@testable import SiteGenerator

@Suite("Build-time code highlighting")
struct CodeHighlighterTests {
    @Test("Pygments colours known languages (Learn's names included) and leaves others plain, escaped")
    func highlights() throws {
        let json = CodeSample(language: "json", code: "{\"state\": \"enabled\", \"n\": 1}\n")
        let cli = CodeSample(language: "azurecli", code: "az login # sign in\n")
        let unknown = CodeSample(language: "no-such-language", code: "<b>x</b>\n")
        let result = try CodeHighlighter(command: ["python3"]).highlight([json, cli, unknown])
        let jsonHTML = try #require(result[json])
        #expect(jsonHTML.contains("<span class=\"nt\">&quot;state&quot;</span>"))
        #expect(jsonHTML.contains("<span class=\"mi\">1</span>"))
        #expect(try #require(result[cli]).contains("<span class=\"c1\"># sign in</span>"))
        #expect(result[unknown] == nil)
    }

    @Test("the renderer uses the highlighted HTML and keeps the language; without it, the code is plain")
    func rendering() {
        let document = MarkdownParser().parse("```json\n{}\n```\n", file: "a.md")
        let plain = HTMLRenderer().render(document)
        #expect(plain == "<pre><code class=\"language-json\">{}\n</code></pre>\n")
        let coloured = HTMLRenderer(highlightCode: { $0.language == "json" ? "<span class=\"p\">{}</span>\n" : nil })
            .render(document)
        #expect(
            coloured
                == "<pre class=\"highlight\"><code class=\"language-json\"><span class=\"p\">{}</span>\n</code></pre>\n"
        )
    }

    @Test("a highlighter that cannot run is an error that says how to turn it off")
    func missing() {
        #expect {
            try CodeHighlighter(command: ["/no/such/python"]).highlight([CodeSample(language: "json", code: "{}")])
        } throws: { error in
            let message = (error as? BuildFailure)?.diagnostics.first?.message ?? ""
            return message.contains("--no-highlight")
        }
    }

    @Test("nothing to highlight starts no process")
    func empty() throws {
        #expect(try CodeHighlighter(command: ["/no/such/python"]).highlight([]).isEmpty)
    }

    @Test("a site builds with plain code and one warning when Pygments cannot run, unless highlighting is required")
    func missingHighlighterIsAWarningUnlessRequired() async throws {
        let content = try SiteFixture.copyOfSite(changing: [
            "guides/code.md": "# Code\n\n```json\n{\"state\": \"enabled\"}\n```\n"
        ])
        let output = try SiteFixture.temporaryFolder()
        defer {
            try? FileManager.default.removeItem(at: content);
            try? FileManager.default.removeItem(at: output.deletingLastPathComponent())
        }
        var options = SiteOptions(contentPath: content.path, outputPath: output.path, search: false)
        options.highlightCommand = ["/no/such/python"]
        let summary = try await SiteBuilder(options: options).build()
        let warning = try #require(summary.warnings.first { $0.id == DiagnosticID.highlight })
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("published without colour"))
        #expect(
            try SiteFixture.read("guides/code.html", in: output).contains(
                "<code class=\"language-json\">{&quot;state&quot;"))

        options.highlightRequired = true
        await #expect {
            _ = try await SiteBuilder(options: options).build()
        } throws: { error in
            (error as? BuildFailure)?.diagnostics.contains { $0.id == DiagnosticID.highlight && $0.severity == .error }
                == true
        }
    }
}
