/// One cell of a Markdown table: the text a reader sees and where it is in the source.
public struct TableCell: Sendable, Hashable {
    public var text: String
    public var location: SourceLocation

    public init(text: String, location: SourceLocation) {
        self.text = text
        self.location = location
    }

    /// The text folded for comparing labels: lower case, single spaces, no emphasis markers.
    public var normalized: String { Self.normalize(text) }

    /// - Parameter dashesAreSpaces: also read `-` as a space (labels written `Sign-in frequency`).
    public static func normalize(_ text: String, dashesAreSpaces: Bool = false) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        // ASCII text, nearly every cell, is lower-cased byte by byte rather than copied first.
        let isASCII = text.utf8.allSatisfy { $0 < 0x80 }
        for raw in isASCII ? text.utf8 : text.lowercased().utf8 {
            let byte = isASCII ? raw.lowercasedASCII : raw
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D:
                pendingSpace = !bytes.isEmpty
            case 0x2D where dashesAreSpaces:
                pendingSpace = !bytes.isEmpty
            case 0x2A:
                continue
            default:
                if pendingSpace { bytes.append(0x20) }
                pendingSpace = false
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
