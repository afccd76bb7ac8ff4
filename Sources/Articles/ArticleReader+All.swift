import Foundation
import Parallelism

extension ArticleReader {
    /// Reads every article of the root on all cores, in path order, with all their diagnostics.
    ///
    /// A root that cannot be listed or holds no articles is one diagnostic at the root itself.
    public func readAll() async -> (articles: [Article], diagnostics: [Diagnostic]) {
        let rootLocation = SourceLocation(file: root.displayPath, line: 1, column: 1)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.resolvedURL.path, isDirectory: &isDirectory),
            isDirectory.boolValue
        else {
            return ([], [Diagnostic(.unreadableFile, at: rootLocation, "cannot list the content folder")])
        }
        let scan = root.scan()
        let warnings = root.refusedLinkWarnings(scan)
        let paths = scan.files.keys.filter(ContentRoot.isArticle).sorted()
        guard !paths.isEmpty else {
            return (
                [],
                warnings + [
                    Diagnostic(.unreadableFile, at: rootLocation, "no Markdown articles (*.md) in the content folder")
                ]
            )
        }
        let reader = self
        let results = await parallelMap(count: paths.count) { reader.read(paths[$0]) }
        return (results.compactMap(\.article), warnings + results.flatMap(\.diagnostics))
    }
}
