extension String {
    /// Escaped for HTML text and double-quoted attribute values.
    public var htmlEscaped: String {
        guard contains(where: { $0 == "&" || $0 == "<" || $0 == ">" || $0 == "\"" || $0 == "'" }) else { return self }
        var result = ""
        result.reserveCapacity(utf8.count + 16)
        for character in self {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}

/// Decides which link destinations may reach a page.
public enum URLSafety {
    /// `javascript:`, `vbscript:`, `file:` and `data:` destinations are never published: they run
    /// code or read local files in a reader's browser. Browsers ignore control characters and
    /// blanks inside a scheme, so those are ignored here too.
    public static func isSafe(_ destination: String) -> Bool {
        let folded = destination.unicodeScalars
            .filter { $0.value > 0x20 && $0.value != 0x7F }
            .map { Character($0) }
        let lowered = String(folded).lowercased()
        guard let colon = lowered.firstIndex(of: ":") else { return true }
        let scheme = lowered[..<colon]
        if scheme.contains("/") || scheme.contains("?") || scheme.contains("#") { return true }
        return !["javascript", "vbscript", "file", "data"].contains(String(scheme))
    }

    /// Whether a destination points to another host, which a page must not load from.
    public static func isExternal(_ destination: String) -> Bool {
        let lowered = destination.lowercased()
        return lowered.hasPrefix("http:") || lowered.hasPrefix("https:") || lowered.hasPrefix("//")
    }
}
