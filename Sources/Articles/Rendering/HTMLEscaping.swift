extension String {
    /// Escaped for HTML text and double-quoted attribute values.
    ///
    /// Works on UTF-8 bytes: every page's text goes through here, and the characters to escape
    /// are all ASCII, so no grapheme breaking is needed.
    public var htmlEscaped: String {
        var utf8 = self.utf8
        if let result = utf8.withContiguousStorageIfAvailable({ Self.escape($0) }) {
            return result ?? self
        }
        var copy = self
        copy.makeContiguousUTF8()
        utf8 = copy.utf8
        return utf8.withContiguousStorageIfAvailable { Self.escape($0) }.flatMap { $0 } ?? copy
    }

    /// The escaped text, or `nil` when nothing needed escaping.
    private static func escape(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard
            let first = bytes.firstIndex(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 })
        else {
            return nil
        }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 32)
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<first]))
        for index in first..<bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x26: output.append(contentsOf: "&amp;".utf8)
            case 0x3C: output.append(contentsOf: "&lt;".utf8)
            case 0x3E: output.append(contentsOf: "&gt;".utf8)
            case 0x22: output.append(contentsOf: "&quot;".utf8)
            case 0x27: output.append(contentsOf: "&#39;".utf8)
            default: output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
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
