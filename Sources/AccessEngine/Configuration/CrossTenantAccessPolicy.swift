/// The inbound part of Graph's `crossTenantAccessPolicy`: the default configuration and the
/// partner-specific ones.
public struct CrossTenantAccessPolicy: Sendable, Hashable {
    public var defaultConfiguration: CrossTenantConfiguration
    public var partners: [CrossTenantConfiguration]

    public init(
        defaultConfiguration: CrossTenantConfiguration = CrossTenantConfiguration(),
        partners: [CrossTenantConfiguration] = []
    ) {
        self.defaultConfiguration = defaultConfiguration
        self.partners = partners
    }

    /// The trust that applies to users from `tenantId`: the partner's settings where set, the
    /// default's where the partner leaves a property `null` (Graph's inheritance).
    public func inboundTrust(forHomeTenant tenantId: String?) -> ResolvedInboundTrust {
        let fallback = defaultConfiguration.inboundTrust
        let partner = tenantId.flatMap { id in
            partners.first { $0.tenantId?.lowercased() == id.lowercased() }
        }
        let own = partner?.inboundTrust ?? InboundTrust()
        return ResolvedInboundTrust(
            isMfaAccepted: own.isMfaAccepted ?? fallback.isMfaAccepted ?? false,
            isCompliantDeviceAccepted: own.isCompliantDeviceAccepted
                ?? fallback.isCompliantDeviceAccepted ?? false,
            isHybridAzureADJoinedDeviceAccepted: own.isHybridAzureADJoinedDeviceAccepted
                ?? fallback.isHybridAzureADJoinedDeviceAccepted ?? false,
            isServiceProvider: partner?.isServiceProvider ?? false
        )
    }
}

/// `crossTenantAccessPolicyConfigurationDefault` or `...Partner`; `tenantId` is `nil` for the
/// default.
public struct CrossTenantConfiguration: Sendable, Hashable {
    public var tenantId: String?
    public var inboundTrust: InboundTrust
    /// Marks the partner as a cloud service provider for this tenant (seed 004).
    public var isServiceProvider: Bool?

    public init(
        tenantId: String? = nil, inboundTrust: InboundTrust = InboundTrust(),
        isServiceProvider: Bool? = nil
    ) {
        self.tenantId = tenantId
        self.inboundTrust = inboundTrust
        self.isServiceProvider = isServiceProvider
    }
}

/// Graph's `crossTenantAccessPolicyInboundTrust`; `nil` means "inherit the default".
public struct InboundTrust: Sendable, Hashable {
    public var isMfaAccepted: Bool?
    public var isCompliantDeviceAccepted: Bool?
    public var isHybridAzureADJoinedDeviceAccepted: Bool?

    public init(
        isMfaAccepted: Bool? = nil, isCompliantDeviceAccepted: Bool? = nil,
        isHybridAzureADJoinedDeviceAccepted: Bool? = nil
    ) {
        self.isMfaAccepted = isMfaAccepted
        self.isCompliantDeviceAccepted = isCompliantDeviceAccepted
        self.isHybridAzureADJoinedDeviceAccepted = isHybridAzureADJoinedDeviceAccepted
    }
}

/// The trust in effect for one home tenant, after inheritance.
public struct ResolvedInboundTrust: Sendable, Hashable {
    public var isMfaAccepted: Bool
    public var isCompliantDeviceAccepted: Bool
    public var isHybridAzureADJoinedDeviceAccepted: Bool
    public var isServiceProvider: Bool

    public static let none = ResolvedInboundTrust(
        isMfaAccepted: false, isCompliantDeviceAccepted: false,
        isHybridAzureADJoinedDeviceAccepted: false, isServiceProvider: false)
}
