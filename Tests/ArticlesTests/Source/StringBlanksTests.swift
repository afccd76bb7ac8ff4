import Articles
import Testing

@Suite("Trimming")
struct StringBlanksTests {
    @Test(
        "blanks go from both ends, never from inside; non-ASCII text is kept whole",
        arguments: [
            ("  Require MFA \t", "Require MFA"),
            ("\r\nNot supported\r\n", "Not supported"),
            ("Géré  par l’hôte ", "Géré  par l’hôte"),
            (" é", "é"),
            ("日本 ", "日本"),
            (" \n\t ", ""),
            ("", ""),
        ])
    func blanks(text: String, expected: String) {
        #expect(text.trimmingBlanks() == expected)
        #expect(Substring(text).trimmingBlanks() == expected)
    }

    @Test("only ASCII bytes are offered to the predicate")
    func asciiOnly() {
        // 0xA9 is a continuation byte of "é"; a predicate that accepts it must not cut "é" apart.
        #expect("1.é".trimming { $0 == UInt8(ascii: "1") || $0 == UInt8(ascii: ".") || $0 == 0xA9 } == "é")
        #expect("\"quoted'".trimming { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") } == "quoted")
    }
}
