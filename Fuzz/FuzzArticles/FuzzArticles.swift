import Articles
import Foundation

/// libFuzzer target: any bytes as an article, through extraction and safe rendering.
///
/// Besides crashes, it traps when the rendered HTML could run a script, which is the renderer's
/// promise for every input.
enum FuzzArticles {
    static let reader = ArticleReader(root: ContentRoot(path: FileManager.default.temporaryDirectory.appendingPathComponent("crosswalk-fuzz-empty-root").path))

    static func run(_ bytes: [UInt8]) {
        let (article, _) = reader.read("fuzz.md", bytes: bytes)
        guard let article else { return }
        let html = HTMLRenderer().render(article.document).lowercased()
        if html.contains("<script") || html.contains("href=\"javascript:") || html.contains("src=\"javascript:") || html.contains("href=\"data:") {
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

/// Without libFuzzer the target replays the files it is given, for regression tests; with it
/// (`-DFUZZING`), it hands control to libFuzzer's driver. SwiftPM names the entry point of an
/// executable itself, so libFuzzer's own `main` cannot be used.
@main enum Entry {
    static func main() {
        #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzArticles))
        #else
        for path in CommandLine.arguments.dropFirst() {
            FuzzArticles.run([UInt8](FileManager.default.contents(atPath: path) ?? Data()))
        }
        #endif
    }
}
