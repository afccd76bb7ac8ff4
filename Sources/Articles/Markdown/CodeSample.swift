/// A fenced code block with a language, as the highlighter needs it: the first word of the
/// fence's info string and the code.
public struct CodeSample: Sendable, Hashable {
    public var language: String
    public var code: String

    public init(language: String, code: String) {
        self.language = language
        self.code = code
    }
}
