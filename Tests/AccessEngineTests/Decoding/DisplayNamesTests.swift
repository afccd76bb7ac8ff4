import Testing

@testable import AccessEngine

/// Tenant files may name the ids Graph exports leave bare.
@Suite struct DisplayNamesTests {
    @Test func namesFromTheTenantFileThenWellKnownAppsThenTheId() throws {
        let tenant = try Tenant(
            document: DocumentValue(
                jsonText: #"""
                    {"tenantId": "t", "displayNames": {"4B8E2F61-93AD-4C57-B1E0-7F2A6D9C3E85": "Finance portal"}}
                    """#))
        #expect(tenant.name(for: "4b8e2f61-93ad-4c57-b1e0-7f2a6d9c3e85") == "Finance portal")
        #expect(tenant.name(for: "00000003-0000-0FF1-CE00-000000000000") == "Office 365 SharePoint Online")
        #expect(tenant.name(for: "unnamed-id") == "unnamed-id")
    }

    @Test func aNameThatIsNotTextIsAnErrorAtItsPath() {
        #expect(throws: DocumentError.self) {
            try Tenant(document: DocumentValue(jsonText: #"{"tenantId": "t", "displayNames": {"x": [1]}}"#))
        }
    }
}
