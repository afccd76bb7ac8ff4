import AccessEngine

/// The Microsoft365DSC resources that describe what Conditional Access needs, and where each
/// goes in ``GraphDocuments``.
enum DSCResourceKind: String, CaseIterable, Sendable {
    case conditionalAccessPolicy = "AADConditionalAccessPolicy"
    case namedLocation = "AADNamedLocationPolicy"
    case authenticationStrength = "AADAuthenticationStrengthPolicy"
    case crossTenantPartner = "AADCrossTenantAccessPolicyConfigurationPartner"
    case crossTenantDefault = "AADCrossTenantAccessPolicyConfigurationDefault"

    /// The kind of a resource type as written; PowerShell compares type names without case.
    init?(type: String) {
        guard let kind = Self.allCases.first(where: { $0.rawValue.caseInsensitiveEquals(type) }) else { return nil }
        self = kind
    }

    /// What one resource of this kind is, for messages.
    var noun: String {
        switch self {
        case .conditionalAccessPolicy: "Conditional Access policy"
        case .namedLocation: "named location"
        case .authenticationStrength: "authentication strength"
        case .crossTenantPartner: "cross-tenant partner configuration"
        case .crossTenantDefault: "cross-tenant default configuration"
        }
    }
}

extension DSCPropertyReader {
    /// The resource as the Graph document of its kind.
    mutating func graphDocument(as kind: DSCResourceKind) -> DocumentValue {
        switch kind {
        case .conditionalAccessPolicy: conditionalAccessPolicy()
        case .namedLocation: namedLocation()
        case .authenticationStrength: authenticationStrength()
        case .crossTenantPartner: crossTenantConfiguration(partner: true)
        case .crossTenantDefault: crossTenantConfiguration(partner: false)
        }
    }
}
