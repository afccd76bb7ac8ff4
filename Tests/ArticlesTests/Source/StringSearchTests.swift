@testable import Articles
import Testing

@Suite("String search")
struct StringSearchTests {
    @Test(
        "containsBytes finds exact byte sequences, including non-ASCII ones",
        arguments: [
            ("supported with mfa trust", "trust", true),
            ("supported", "trust", false),
            ("https://example.com", "://", true),
            ("../a.md", "://", false),
            ("réglage de confiance", "confiance", true),
            ("Trust", "trust", false),
            ("", "x", false),
        ])
    func exact(text: String, other: String, expected: Bool) {
        #expect(text.containsBytes(other) == expected)
    }

    @Test(
        "containsIgnoringASCIICase folds A-Z only",
        arguments: [
            ("Skip to STEP 4", true),
            ("sstep", true),
            ("ste p", false),
            ("Stép", false),
            ("", false),
            ("STEP", true),
        ])
    func folded(text: String, expected: Bool) {
        #expect(text.containsIgnoringASCIICase("step") == expected)
    }

    @Test(
        "hasSuffixBytes compares the last bytes exactly",
        arguments: [
            ("guide/a.md", ".md", true), (".md", ".md", true), ("md", ".md", false),
            ("a.MD", ".md", false), ("é.md", ".md", true), ("a.md.bak", ".md", false), ("", "", true),
        ])
    func suffix(text: String, suffix: String, expected: Bool) {
        #expect(text.hasSuffixBytes(suffix) == expected)
        #expect(Substring(text).hasSuffixBytes(suffix) == expected)
    }
}
