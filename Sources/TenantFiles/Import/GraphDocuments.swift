import AccessEngine

/// The Microsoft Graph documents of one tenant, gathered from whatever files held them, each in
/// Graph's own shape (camelCase keys, `@odata.type` where Graph writes one) so the engine's
/// decoder reads them as if they came from Graph itself.
public struct GraphDocuments: Sendable, Hashable {
    /// `conditionalAccessPolicy` objects.
    public var policies: [DocumentValue] = []
    /// `ipNamedLocation` and `countryNamedLocation` objects.
    public var namedLocations: [DocumentValue] = []
    /// `authenticationStrengthPolicy` objects.
    public var authenticationStrengths: [DocumentValue] = []
    /// `crossTenantAccessPolicyConfigurationDefault`, when one was found.
    public var crossTenantDefault: DocumentValue?
    /// `authenticationMethodsPolicy`, when one was found.
    public var authenticationMethodsPolicy: DocumentValue?
    /// `crossTenantAccessPolicyConfigurationPartner` objects.
    public var crossTenantPartners: [DocumentValue] = []
    /// Group, role, location and other ids mapped to display names (from migration tables,
    /// group exports), used to resolve references written by name.
    public var displayNames: [String: String] = [:]
    /// The exported tenant's id and name, when an export says (IntuneManagement's migration
    /// table); a tenant file's settings take precedence.
    public var sourceTenantId: String?
    public var sourceTenantName: String?

    public init() {}

    public var isEmpty: Bool {
        policies.isEmpty && namedLocations.isEmpty && authenticationStrengths.isEmpty
            && crossTenantDefault == nil && crossTenantPartners.isEmpty && authenticationMethodsPolicy == nil
    }

    /// The documents brought back to Graph's shape (``ExportCleanup``); every source is cleaned
    /// once, where it is read.
    func cleaned() -> GraphDocuments {
        var result = self
        result.policies = policies.map { ExportCleanup.clean($0) }
        result.namedLocations = namedLocations.map { ExportCleanup.clean($0) }
        result.authenticationStrengths = authenticationStrengths.map { ExportCleanup.clean($0) }
        result.crossTenantDefault = crossTenantDefault.map { ExportCleanup.clean($0) }
        result.crossTenantPartners = crossTenantPartners.map { ExportCleanup.clean($0) }
        result.authenticationMethodsPolicy = authenticationMethodsPolicy.map { ExportCleanup.clean($0) }
        return result
    }

    /// Adds another file's documents; later files add to, never replace, earlier ones.
    public mutating func merge(_ other: GraphDocuments) {
        policies += other.policies
        namedLocations += other.namedLocations
        authenticationStrengths += other.authenticationStrengths
        if let found = other.crossTenantDefault { crossTenantDefault = found }
        if let found = other.authenticationMethodsPolicy { authenticationMethodsPolicy = found }
        crossTenantPartners += other.crossTenantPartners
        displayNames.merge(other.displayNames) { first, _ in first }
        sourceTenantId = sourceTenantId ?? other.sourceTenantId
        sourceTenantName = sourceTenantName ?? other.sourceTenantName
    }
}
