import Foundation

/// A file compiled into Crosswalk: its path inside its folder (`/` separators) and its bytes.
public struct EmbeddedFile: Sendable, Equatable {
    public let path: String
    public let bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// The generated source writes UTF-8 text as a string literal, which compiles quickly.
    init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// Anything that is not UTF-8 text is written as Base64 by the generator, which checked it.
    init(path: String, base64: String) {
        self.init(path: path, bytes: [UInt8](Data(base64Encoded: base64) ?? Data()))
    }
}
