/// Gives headings the ids GitHub gives them, unique within a page.
///
/// Links written against GitHub's rendering (`#conditional-access-for-external-users`) keep working
/// on the published site.
struct HeadingSlugger {
    private var used: [String: Int] = [:]

    mutating func reserve(_ id: String) {
        used[id, default: 0] += 1
    }

    mutating func slug(for text: String) -> String {
        let base = Self.slug(text)
        let seen = used[base, default: 0]
        used[base] = seen + 1
        return seen == 0 ? base : "\(base)-\(seen)"
    }

    /// Lower case; letters, digits, `-` and `_` kept; spaces become `-`; everything else dropped.
    static func slug(_ text: String) -> String {
        var result = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber || character == "-" || character == "_" {
                result.append(character)
            } else if character == " " {
                result.append("-")
            }
        }
        return result.isEmpty ? "section" : result
    }
}
