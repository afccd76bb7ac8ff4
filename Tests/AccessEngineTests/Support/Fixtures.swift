import Foundation
import Testing

@testable import AccessEngine

/// Reads JSON fixtures written for these tests in Graph's shapes.
enum Fixtures {
    static func document(_ name: String) throws -> DocumentValue {
        let url = try #require(
            Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures"))
        return try DocumentValue(jsonData: Data(contentsOf: url))
    }

    /// A tenant assembled from the fixture documents.
    static func tenant(license: String = "p1") throws -> Tenant {
        let document = DocumentValue(
            .object([
                DocumentMember(key: "tenantId", value: DocumentValue(.string("11111111-1111-1111-1111-111111111111"))),
                DocumentMember(key: "displayName", value: DocumentValue(.string("Contoso"))),
                DocumentMember(key: "license", value: DocumentValue(.string(license))),
                DocumentMember(key: "conditionalAccessPolicies", value: try document("policies-page")),
                DocumentMember(key: "namedLocations", value: try document("named-locations")),
                DocumentMember(key: "crossTenantAccessPolicy", value: try document("cross-tenant")),
            ]))
        return try Tenant(document: document)
    }
}
