@testable import Consistency
import Testing

@Suite("Label matching")
struct LabelMatcherTests {
    @Test(
        "ASCII and typographic spellings of a label fold alike",
        arguments: [
            ("Require multifactor authentication", "require multifactor authentication"),
            ("**Require  MFA**", "require mfa"),
            ("Sign-in frequency", "sign in frequency"),
            ("Sign\u{2011}in\u{00A0}frequency", "sign in frequency"),
            ("Grant controls \u{2014} Block", "grant controls block"),
            ("  -Leading dash", "leading dash"),
            ("ÉTAPE", "étape"),
        ])
    func folding(label: String, folded: String) {
        #expect(LabelMatcher<Int>.fold(label) == folded)
    }

    @Test("a label is found whatever its spelling and prefix; the first of two equal labels wins")
    func lookup() {
        let matcher = LabelMatcher(
            [("Block access", 1), ("Require MFA", 2), ("require  mfa", 3)], prefixes: ["Grant controls"])
        // Twice: the second round is answered from the memo, and must not differ.
        for _ in 0..<2 {
            #expect(matcher.value(for: "**block ACCESS**") == 1)
            #expect(matcher.value(for: "Grant controls - Require MFA") == 2)
            #expect(matcher.value(for: "grant controls:  Require MFA ") == nil)
            #expect(matcher.value(for: "Require MFA") == 2)
            #expect(matcher.value(for: "require  mfa") == 2)
            #expect(matcher.value(for: "Require compliant device") == nil)
        }
        #expect(matcher.nearest(to: "Blok access") == "block access")
    }
}
