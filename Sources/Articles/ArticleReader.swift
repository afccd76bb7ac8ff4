/// Reads articles from a content root: bytes, front matter, Markdown, then the Learn dialect.
///
/// Reading never stops at the first problem; every diagnostic of a file is collected, so an author
/// can fix them all in one pass.
public struct ArticleReader: Sendable {
    public var root: ContentRoot
    private let parser = MarkdownParser()

    public init(root: ContentRoot) {
        self.root = root
    }

    /// Reads the article at `path` (root-relative). The article is `nil` only when the file could
    /// not be read at all; otherwise it comes with the diagnostics of whatever was wrong in it.
    public func read(_ path: String) -> (article: Article?, diagnostics: [Diagnostic]) {
        let bytes: [UInt8]
        do {
            bytes = try root.read(path)
        } catch {
            let location = SourceLocation(file: root.displayPath(of: path), line: 1, column: 1)
            return (nil, [Diagnostic(.unreadableFile, at: location, "cannot read file")])
        }
        return read(path, bytes: bytes)
    }

    /// Reads an article from bytes already in memory, as if they were the file at `path`
    /// (includes are still read from the root). Used by `read(_:)` and by the fuzzer.
    public func read(_ path: String, bytes: [UInt8]) -> (article: Article?, diagnostics: [Diagnostic]) {
        let displayPath = root.displayPath(of: path)
        if let tooLarge = Self.sizeCheck(bytes.count, path: displayPath) { return (nil, [tooLarge]) }
        let text: SourceText
        do {
            text = try SourceText(path: displayPath, bytes: bytes)
        } catch {
            return (nil, [error.diagnostic])
        }
        let split = FrontMatter.split(text.text, file: displayPath)
        let (document, cutAt) = parser.parseLimited(
            String(split.body), file: displayPath, lineOffset: split.bodyLineOffset)
        var depthDiagnostics: [Diagnostic] = []
        if let cutAt {
            depthDiagnostics.append(Self.tooDeep(at: cutAt))
        }
        var transformer = DialectTransformer(reader: self, rootFile: path)
        let transformed = transformer.transform(document)
        var article = Article(
            path: path,
            frontMatter: split.frontMatter,
            document: transformed,
            headings: transformer.headings,
            tables: transformer.tables,
            scenarios: transformer.scenarios,
            walkthroughs: transformer.walkthroughs,
            includes: transformer.includes
        )
        article.codeSamples = transformer.codeSamples
        article.zones = transformer.zones
        return (article, split.diagnostics + depthDiagnostics + transformer.diagnostics)
    }

    /// Reads and validates one file of the root.
    func load(_ path: String) throws(DiagnosticError) -> SourceText {
        try load(path, in: root)
    }

    /// Reads and validates one file of `root` (the content root or an include root).
    func load(_ path: String, in root: ContentRoot) throws(DiagnosticError) -> SourceText {
        let displayPath = root.displayPath(of: path)
        let bytes: [UInt8]
        do {
            bytes = try root.read(path)
        } catch {
            throw DiagnosticError(
                Diagnostic(
                    .unreadableFile, at: SourceLocation(file: displayPath, line: 1, column: 1), "cannot read file"))
        }
        if let tooLarge = Self.sizeCheck(bytes.count, path: displayPath) { throw DiagnosticError(tooLarge) }
        do {
            return try SourceText(path: displayPath, bytes: bytes)
        } catch {
            throw DiagnosticError(error.diagnostic)
        }
    }

    /// Parses an included file's body (its front matter, if any, is ignored).
    func parseInclude(_ text: SourceText) -> (document: MarkdownNode, cutAt: SourceLocation?) {
        let split = FrontMatter.split(text.text, file: text.path)
        return parser.parseLimited(String(split.body), file: text.path, lineOffset: split.bodyLineOffset)
    }

    /// The largest article or include read, in bytes. Real guidance is tens of kilobytes; the
    /// tree of a file can take up to a few hundred times its size (a line of `*a* *a* ...` is
    /// millions of nodes), so this bounds a build's memory at a few hundred megabytes whatever
    /// the input.
    public static let maximumFileSize = 2 * 1024 * 1024

    static func sizeCheck(_ count: Int, path: String) -> Diagnostic? {
        guard count > maximumFileSize else { return nil }
        return Diagnostic(
            .fileTooLarge, at: SourceLocation(file: path, line: 1, column: 1),
            "file is \(count / 1024) KiB, more than the \(maximumFileSize / 1024 / 1024) MiB an article or include may have; split it into several articles or includes"
        )
    }

    static func tooDeep(at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            .nestingTooDeep, at: location,
            "lists, quotes or inline markup nest more than \(MarkdownParser.maximumDepth) levels deep here; the deeper content was dropped"
        )
    }
}
