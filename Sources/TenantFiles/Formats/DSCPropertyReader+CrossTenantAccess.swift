import AccessEngine

extension DSCPropertyReader {
    /// The CIM-instance properties of both cross-tenant resources, which Graph keeps under the
    /// same names in camelCase.
    private static let crossTenantSettings = [
        "InboundTrust", "B2BCollaborationInbound", "B2BCollaborationOutbound", "B2BDirectConnectInbound",
        "B2BDirectConnectOutbound", "AutomaticUserConsentSettings",
    ]

    /// An `AADCrossTenantAccessPolicyConfigurationPartner` block as a Graph
    /// `crossTenantAccessPolicyConfigurationPartner`, or, without `partner`, an
    /// `AADCrossTenantAccessPolicyConfigurationDefault` block as the default configuration.
    ///
    /// The CIM instances (`MSFT_AADCrossTenantAccessPolicyInboundTrust { IsMfaAccepted = $True }`
    /// and the B2B settings with their targets) are already Graph's objects with PascalCase
    /// names, so they are converted member by member.
    mutating func crossTenantConfiguration(partner: Bool) -> DocumentValue {
        var configuration = GraphObjectBuilder()
        if partner {
            configuration.add("tenantId", scalar("PartnerTenantId"))
        }
        for name in Self.crossTenantSettings {
            configuration.add(name.graphCamelCase, scalar(name))
        }
        return configuration.document(at: location)
    }
}
