import Articles
import Foundation
import Testing
@testable import SiteGenerator

@Suite("author text inside pages")
struct EmbeddedTextTests {
    @Test("a scenario whose strings close a script element is shown as text")
    func scenario() throws {
        let root = ContentRoot(path: try SiteFixture.temporaryFolder().path)
        let markdown =
            "# A\n\n```crosswalk-scenario\ntitle: \"</script><script>alert(1)</script>\"\ntenant: x\nnote: '</SCRIPT>'\n```\n"
        let (article, _) = ArticleReader(root: root).read("a.md", bytes: Array(markdown.utf8))
        let scenario = try #require(article?.scenarios.first)
        let html = ScenarioCard(scenario: scenario, item: nil, tool: nil, root: "").render()
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.lowercased().contains("</script"))
        #expect(html.contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    @Test("JSON for a script element cannot close it, and parses back to the same strings")
    func json() throws {
        let name = "Block </script><script>alert(1)</script> & <!-- \u{2028}"
        let data = try JSONSerialization.data(withJSONObject: ["displayName": name])
        let escaped = ScriptSafeJSON.escape(String(decoding: data, as: UTF8.self))
        #expect(!escaped.contains("<"))
        #expect(!escaped.contains(">"))
        let back = try JSONSerialization.jsonObject(with: Data(escaped.utf8)) as? [String: String]
        #expect(back?["displayName"] == name)
    }
}
