import AccessEngine
import Foundation
import Testing
@testable import TenantFiles

@Suite("Text encodings of exports")
struct TextDecodingTests {
    @Test(
        "UTF-8, UTF-8 with BOM, UTF-16LE/BE with BOM and UTF-16LE without read the same policy",
        arguments: [
            ("utf8.json", "UTF-8"), ("utf8-bom.json", "UTF-8 with BOM"), ("utf16le-bom.json", "UTF-16LE"),
            ("utf16be-bom.json", "UTF-16BE"), ("utf16le-no-bom.json", "UTF-16LE"),
        ])
    func encodings(file: String, encoding: String) throws {
        let loaded = try TenantFixtures.load("encodings/\(file)")
        #expect(loaded.files.map(\.encoding) == [encoding])
        let policy = try #require(loaded.tenant.policies.first)
        #expect(loaded.tenant.policies.count == 1)
        #expect(policy.displayName == "Require MFA for guests")
        #expect(policy.grantControls?.builtInControls == [.mfa])
    }

    @Test("a byte that is not UTF-8 is reported at its line and column")
    func invalidByte() {
        let data = Data("{\n  \"a\": \"ok\",\n  \"b\": \"\u{00}".utf8) + Data([0xC3, 0x28]) + Data("\"\n}".utf8)
        #expect(throws: DocumentError.self) { try TextDecoding.decode(data.dropFirst(0), file: "f.json") }
        do {
            _ = try TextDecoding.decode(Data([0x7B, 0x0A, 0x20, 0xFF]), file: "f.json")
        } catch {
            #expect(error.location == DocumentPosition(file: "f.json", line: 2, column: 2))
        }
    }
}
