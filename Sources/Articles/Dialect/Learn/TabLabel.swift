/// One tab of a Learn tab set, from its heading `# [Title](#tab/id)` or, for a tab that
/// depends on a choice made in an earlier set, `# [Title](#tab/id/dependent)`.
public struct TabLabel: Sendable, Equatable {
    public var id: String
    public var title: String
    /// The tab of an earlier set this one belongs to (`#tab/windows/portal` → `portal`).
    public var dependsOn: String?
    /// The level the title has as a heading when the tabs cannot be operated (no JavaScript).
    public var headingLevel: Int

    /// Reads a heading whose only content is a link to `#tab/...`; `nil` for any other heading.
    static func read(_ heading: MarkdownNode, level: Int) -> TabLabel? {
        guard heading.children.count == 1, let link = heading.children.first,
            case .link(let destination, _) = link.kind,
            destination.lowercased().hasPrefix("#tab/")
        else { return nil }
        let parts = destination.dropFirst(5).split(separator: "/").map(String.init)
        guard let id = parts.first, !id.isEmpty, parts.count <= 2 else { return nil }
        return TabLabel(
            id: id, title: link.plainText.trimmingBlanks(),
            dependsOn: parts.count == 2 ? parts[1] : nil, headingLevel: level
        )
    }
}
