import Articles
import Foundation
import FuzzSupport

/// libFuzzer target: any bytes as an article, through extraction and safe rendering.
///
/// Besides crashes, it traps when the rendered HTML could run a script, which is the renderer's
/// promise for every input.
enum FuzzArticles {
    static let reader = ArticleReader(
        root: ContentRoot(
            path: FileManager.default.temporaryDirectory.appendingPathComponent("crosswalk-fuzz-empty-root").path))

    static func run(_ bytes: [UInt8]) {
        let (article, _) = reader.read("fuzz.md", bytes: bytes)
        guard let article else { return }
        let html = HTMLRenderer().render(article.document).lowercased()
        if html.contains("<script") || html.contains("href=\"javascript:") || html.contains("src=\"javascript:")
            || html.contains("href=\"data:")
        {
            fatalError("rendered HTML can run a script:\n\(html)")
        }
        _ = article.title
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArticles(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzArticles.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

@main enum Entry {
    static func main() {
        FuzzDriver.main(testOneInput: fuzzArticles, replay: FuzzArticles.run)
    }
}
