import Foundation
import Testing
@testable import PreviewServer

@Suite("live reload events")
struct ReloadEventTests {
    @Test("events are one line of JSON, so diagnostics with newlines and markup cannot break the stream")
    func format() throws {
        #expect(
            SiteEvent.reload(files: ["a.html"]).serverSentEvent == "event: reload\ndata: {\"files\":[\"a.html\"]}\n\n")
        let failed = SiteEvent.failed(diagnostics: "a.md:1:1: error: x\n\ndata: </script><script>alert(1)</script>")
            .serverSentEvent
        let lines = failed.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 4)
        #expect(lines[0] == "event: failed")
        #expect(lines[1].hasPrefix("data: {"))
        let json = try JSONSerialization.jsonObject(with: Data(lines[1].dropFirst(6).utf8)) as? [String: String]
        #expect(json?["diagnostics"]?.hasSuffix("alert(1)</script>") == true)
    }

    @Test("a page opened while the build is broken sees the failure at once; a good build clears it")
    func rememberedFailure() async throws {
        let broadcaster = ReloadBroadcaster()
        broadcaster.send(.failed(diagnostics: "broken"))
        var iterator = broadcaster.subscribe().makeAsyncIterator()
        #expect(await iterator.next() == .failed(diagnostics: "broken"))
        broadcaster.send(.reload(files: ["a.html"]))
        #expect(await iterator.next() == .reload(files: ["a.html"]))
        var late = broadcaster.subscribe().makeAsyncIterator()
        broadcaster.finish()
        #expect(await late.next() == nil)
    }

    @Test("the script goes before </head> in any case, or at the end")
    func injection() {
        let tag = String(decoding: LiveReloadInjection.tag, as: UTF8.self)
        #expect(
            String(decoding: LiveReloadInjection.inject(into: Array("<HEAD></HEAD>x".utf8)), as: UTF8.self)
                == "<HEAD>\(tag)</HEAD>x")
        #expect(String(decoding: LiveReloadInjection.inject(into: Array("plain".utf8)), as: UTF8.self) == "plain\(tag)")
    }
}
