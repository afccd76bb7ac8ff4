/// Adds the live-reload script to a served HTML page, as an external script (no inline code,
/// so the Content-Security-Policy stays strict). Published files are never changed.
enum LiveReloadInjection {
    static let scriptPath = "/_crosswalk/live-reload.js"
    static let tag = Array("<script src=\"\(scriptPath)\" defer></script>\n".utf8)

    /// The page with the script tag before `</head>`, or at the end when there is no head.
    static func inject(into html: [UInt8]) -> [UInt8] {
        let marker = Array("</head>".utf8)
        var result = html
        if let position = firstIndex(of: marker, in: html) {
            result.insert(contentsOf: tag, at: position)
        } else {
            result.append(contentsOf: tag)
        }
        return result
    }

    /// The first occurrence of `needle` (ASCII, compared case-insensitively).
    private static func firstIndex(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= needle.count else { return nil }
        var index = 0
        while index <= bytes.count - needle.count {
            var matched = true
            for offset in 0..<needle.count {
                var byte = bytes[index + offset]
                if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
                if byte != needle[offset] { matched = false; break }
            }
            if matched { return index }
            index += 1
        }
        return nil
    }
}
