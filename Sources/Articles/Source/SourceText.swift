/// The text of a source file, checked to be UTF-8.
///
/// Guidance is published as HTML in UTF-8; a file in another encoding would silently turn into
/// mojibake, so it is refused with the position of the first byte that is not UTF-8.
public struct SourceText: Sendable {
    public var path: String
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// Validates `bytes` as UTF-8 (a leading byte-order mark is dropped).
    public init(path: String, bytes: [UInt8]) throws(SourceTextError) {
        var slice = bytes[...]
        if slice.starts(with: [0xEF, 0xBB, 0xBF]) { slice = slice.dropFirst(3) }
        guard let text = String(validating: slice, as: UTF8.self) else {
            throw SourceTextError(location: Self.firstInvalidByte(in: Array(slice), path: path))
        }
        self.path = path
        self.text = text
    }

    private static func firstInvalidByte(in bytes: [UInt8], path: String) -> SourceLocation {
        var line = 1
        var lineStart = 0
        var index = 0
        while index < bytes.count {
            let length = Self.sequenceLength(bytes, at: index)
            if length == 0 { break }
            if bytes[index] == 0x0A {
                line += 1
                lineStart = index + 1
            }
            index += length
        }
        return SourceLocation(file: path, line: line, column: index - lineStart + 1)
    }

    /// The length of the valid UTF-8 sequence starting at `index`, or 0 when it is not valid.
    private static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        let candidate = bytes[index..<(index + length)]
        return String(validating: candidate, as: UTF8.self) == nil ? 0 : length
    }
}

/// A file whose bytes are not UTF-8.
public struct SourceTextError: Error, Sendable {
    public var location: SourceLocation

    public var diagnostic: Diagnostic {
        Diagnostic(
            .invalidEncoding, at: location, "file is not valid UTF-8 (first invalid byte here); save it as UTF-8")
    }
}
