import AccessEngine
import Testing
@testable import TenantFiles

@Suite("JSON as export tools write it")
struct TolerantJSONTests {
    @Test("trailing commas and comments are accepted")
    func trailingCommas() throws {
        let (value, warnings) = try TolerantJSON.parse(
            "{\n // note\n \"a\": [1, 2,],\n /* b */ \"b\": {\"c\": true,},\n}", file: "f")
        #expect(warnings.isEmpty)
        #expect(value["a"]?.items.count == 2)
        #expect(
            value["b"]?["c"] == DocumentValue(.bool(true), location: DocumentPosition(file: "f", line: 4, column: 21)))
    }

    @Test("a duplicate key keeps the last value and warns naming both positions")
    func duplicateKeys() throws {
        let (value, warnings) = try TolerantJSON.parse(
            "{\"state\": \"disabled\",\n \"x\": 1,\n \"state\": \"enabled\"}", file: "f")
        #expect(value["state"]?.text == "enabled")
        #expect(value.members.map(\.key) == ["state", "x"])
        let warning = try #require(warnings.first)
        #expect(warnings.count == 1)
        #expect((warning.id, warning.line, warning.column) == (TolerantJSON.duplicateKey, 3, 2))
        #expect(warning.message.contains("line 1, column 2"))
    }

    @Test("escapes, surrogate pairs and numbers decode as JSON says")
    func escapes() throws {
        let (value, _) = try TolerantJSON.parse(#"["a\/b", "\u00e4\ud83d\ude00", -1.5e2, "\u0026"]"#, file: "f")
        #expect(value.items.map(\.text) == ["a/b", "ä😀", nil, "&"])
        #expect(value.items[2].kind == .number(-150))
    }

    @Test(
        "what is not JSON is an error at its position",
        arguments: [
            ("{\"a\" 1}", 1, 6), ("[1, 2", 1, 6), ("{\"a\": tru}", 1, 7), ("{\"a\": \"x\n\"}", 1, 7), ("[] x", 1, 4),
        ])
    func errors(text: String, line: Int, column: Int) {
        do {
            _ = try TolerantJSON.parse(text, file: "f")
            Issue.record("parsed \(text)")
        } catch {
            #expect(error.location?.line == line)
            #expect(error.location?.column == column)
        }
    }

    @Test("nesting deeper than the limit is an error, not a crash")
    func depth() {
        let text = String(repeating: "[", count: 100_000)
        #expect(throws: DocumentError.self) { try TolerantJSON.parse(text, file: "f") }
    }
}
