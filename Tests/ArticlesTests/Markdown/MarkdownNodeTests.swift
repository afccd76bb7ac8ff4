import Articles
import Testing

@Suite("Markdown tree")
struct MarkdownNodeTests {
    private let document = MarkdownParser().parse(
        """
        # [Title link](a.md)

        Text with *[emphasised](b.md#x)* and an <https://example.com> autolink.

        | Control | Link |
        |---|---|
        | MFA | [c](c.md) |

        - item [d](../d.md)
          > quoted [e](e.md "title")
        """, file: "dir/t.md")

    @Test("links are found at any depth, in document order, with where they are written")
    func links() {
        let links = document.links
        #expect(links.map(\.destination) == ["a.md", "b.md#x", "https://example.com", "c.md", "../d.md", "e.md"])
        #expect(links.map(\.location.line) == [1, 3, 3, 7, 9, 10])
        #expect(links.allSatisfy { $0.location.file == "dir/t.md" })
    }

    @Test("links agree with a walk over every node")
    func linksMatchForEach() {
        var walked: [String] = []
        document.forEach { node in
            if case .link(let destination, _) = node.kind { walked.append(destination) }
        }
        #expect(document.links.map(\.destination) == walked)
    }

    @Test("plain text joins text and code, reads breaks as spaces and drops raw HTML")
    func plainText() {
        let paragraph = MarkdownParser().parse("Use `MFA` <b>now</b>\nor *never*", file: "t.md").children[0]
        #expect(paragraph.plainText == "Use MFA now or never")
    }
}
