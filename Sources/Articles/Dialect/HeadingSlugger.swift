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
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // Headings are nearly all ASCII: their bytes are classified directly, without
            // Character's Unicode properties.
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count)
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte + 0x20)
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"),
                    UInt8(ascii: "_"):
                    bytes.append(byte)
                case UInt8(ascii: " "): bytes.append(UInt8(ascii: "-"))
                default: break
                }
            }
            result = String(decoding: bytes, as: UTF8.self)
        } else {
            for character in text.lowercased() {
                if character.isLetter || character.isNumber || character == "-" || character == "_" {
                    result.append(character)
                } else if character == " " {
                    result.append("-")
                }
            }
        }
        return result.isEmpty ? "section" : result
    }
}
