import AccessEngine
import Foundation
@testable import SiteGenerator
import Testing

@Suite("Walkthrough markup")
struct WalkthroughHTMLTests {
    private func html(_ flow: FlowID, headingLevel: Int = 2) throws -> String {
        let compiled = try WalkthroughCompiler().compile(WalkthroughRecipe.recipe(for: flow))
        return WalkthroughHTML(walkthrough: compiled, elementID: "walkthrough-1", headingLevel: headingLevel).render()
    }

    @Test("a placement renders as the golden file")
    func golden() throws {
        let html = try html(.emailOneTimePasscode)
        let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/golden/walkthrough-email-one-time-passcode.html")
        if ProcessInfo.processInfo.environment["CROSSWALK_UPDATE_GOLDEN"] == "1" {
            try html.write(to: golden, atomically: true, encoding: .utf8)
        }
        #expect(html == (try String(contentsOf: golden, encoding: .utf8)))
    }

    @Test("without the script no challenge control shows: the bar and the panel are hidden until the player shows them")
    func challengeHiddenWithoutScript() throws {
        let html = try html(.entraCrossTenant)
        #expect(html.contains("<p class=\"walkthrough-challenge-bar\" data-challenge-bar hidden>"))
        #expect(html.contains("<div class=\"walkthrough-challenge\" data-challenge hidden>"))
        let bar = try #require(html.range(of: "data-challenge-bar"))
        let button = try #require(html.range(of: "data-challenge-new"))
        let barEnd = try #require(html.range(of: "</p>", range: bar.upperBound..<html.endIndex))
        #expect(button.lowerBound < barEnd.lowerBound)
        // The challenge asks its own prediction, named apart from the quiz's.
        #expect(html.contains("name=\"walkthrough-1-challenge-verdict\""))
        #expect(html.contains("name=\"walkthrough-1-challenge-mfa\""))
        #expect(html.contains("name=\"walkthrough-1-guess-verdict\""))
    }

    @Test("the title takes the level it is given, so the outline skips none", arguments: [2, 3, 4])
    func titleLevel(level: Int) throws {
        let html = try html(.externalIdentityProvider, headingLevel: level)
        #expect(html.contains("<h\(level) class=\"walkthrough-title\" id=\"walkthrough-1-title\">"))
        #expect(html.matches(of: /<h[1-6][ >]/).count == 1)
    }
}
