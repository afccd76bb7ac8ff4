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

    /// The inbound access setting for users from `tenantId` on `path`: the partner's where set,
    /// else the default configuration's, else the service default (collaboration allowed, direct
    /// connect blocked; cross-tenant-access-overview, revision of 2025-03-28). A setting that
    /// leaves users or applications `null` inherits that half.
    public func inboundAccess(forHomeTenant tenantId: String?, path: AccessPath) -> B2BAccessSetting {
        let partner = tenantId.flatMap { id in partners.first { $0.tenantId?.lowercased() == id.lowercased() } }
        let service: B2BAccessSetting = path == .b2bDirectConnect ? .blockAll : .allowAll
        func pick(_ configuration: CrossTenantConfiguration?) -> B2BAccessSetting? {
            path == .b2bDirectConnect ? configuration?.b2bDirectConnectInbound : configuration?.b2bCollaborationInbound
        }
        let own = pick(partner)
        let fallback = pick(defaultConfiguration)
        return B2BAccessSetting(
            usersAndGroups: own?.usersAndGroups ?? fallback?.usersAndGroups ?? service.usersAndGroups,
            applications: own?.applications ?? fallback?.applications ?? service.applications)
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
    /// Who from the other organisation may use B2B collaboration into this tenant, and for which
    /// applications; `nil` inherits the default configuration, then the service default.
    public var b2bCollaborationInbound: B2BAccessSetting?
    /// The same for B2B direct connect.
    public var b2bDirectConnectInbound: B2BAccessSetting?

    public init(
        tenantId: String? = nil, inboundTrust: InboundTrust = InboundTrust(),
        isServiceProvider: Bool? = nil, b2bCollaborationInbound: B2BAccessSetting? = nil,
        b2bDirectConnectInbound: B2BAccessSetting? = nil
    ) {
        self.tenantId = tenantId
        self.inboundTrust = inboundTrust
        self.isServiceProvider = isServiceProvider
        self.b2bCollaborationInbound = b2bCollaborationInbound
        self.b2bDirectConnectInbound = b2bDirectConnectInbound
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
