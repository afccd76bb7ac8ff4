import Foundation

/// Recognises the `<a name='x'></a>` anchors Learn articles keep for old links.
enum AnchorHTML {
    private static let pattern = try! NSRegularExpression(
        pattern: #"^\s*<a\s+(?:name|id)\s*=\s*["']([^"'<>]+)["']\s*>\s*(?:</a>)?\s*$"#,
        options: [.caseInsensitive]
    )

    static func name(in html: String) -> String? {
        let range = NSRange(html.startIndex..., in: html)
        guard let match = pattern.firstMatch(in: html, range: range),
            let name = Range(match.range(at: 1), in: html)
        else { return nil }
        return String(html[name])
    }
}
