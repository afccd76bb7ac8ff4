/// One line of Learn's triple-colon syntax: `:::image type="content" source="a.png":::`,
/// `::: zone pivot="portal,powershell"`, `:::column span="2":::`, `:::row-end:::`.
///
/// DocFX reads these line by line, before Markdown; Crosswalk reads them from the paragraphs
/// cmark-gfm makes of them, so every other construct keeps its CommonMark meaning.
struct TripleColonLine: Sendable, Equatable {
    /// The extension's name, lower case (`image`, `zone`, `zone-end`, `row`, `column-end`).
    var name: String
    /// Attributes by lower-case name; a bare attribute (`lightbox`) has the empty string.
    var attributes: [String: String]

    /// Reads `text` (one line, trimmed or not); `nil` when it is not triple-colon syntax.
    init?(_ text: some StringProtocol) {
        var rest = Substring(text).trimmingBlanks()[...]
        guard rest.hasPrefix(":::") else { return nil }
        rest = rest.dropFirst(3)
        if rest.hasSuffix(":::") { rest = rest.dropLast(3) }
        rest = rest.drop { $0 == " " || $0 == "\t" }
        let name = rest.prefix { !$0.isWhitespace }
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
            return nil
        }
        self.name = name.lowercased()
        self.attributes = Self.attributes(in: rest.dropFirst(name.count))
    }

    /// `key="value"`, `key='value'`, `key=value` and bare `key`, separated by blanks.
    private static func attributes(in text: Substring) -> [String: String] {
        var result: [String: String] = [:]
        var rest = text
        while true {
            rest = rest.drop { $0.isWhitespace }
            guard !rest.isEmpty else { return result }
            let key = rest.prefix { !$0.isWhitespace && $0 != "=" }
            guard !key.isEmpty else { rest = rest.dropFirst(); continue }
            rest = rest.dropFirst(key.count)
            var value = ""
            if rest.first == "=" {
                rest = rest.dropFirst()
                if let quote = rest.first, quote == "\"" || quote == "'" {
                    let body = rest.dropFirst().prefix { $0 != quote }
                    value = String(body)
                    rest = rest.dropFirst(body.count + 1)
                    if rest.first == quote { rest = rest.dropFirst() }
                } else {
                    let body = rest.prefix { !$0.isWhitespace }
                    value = String(body)
                    rest = rest.dropFirst(body.count)
                }
            }
            result[key.lowercased()] = value
        }
    }
}
