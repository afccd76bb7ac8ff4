/// The resource tenant and the sign-in a walkthrough synthesises for one combination of answers.
///
/// Everything not asked is fixed: one app, one policy for every kind of guest demanding the
/// chosen control, trust in the default cross-tenant settings, a browser sign-in. The documents
/// are written in the same Graph vocabulary admins export, so `crosswalk whatif` can read them.
public struct WalkthroughScenario: Sendable, Hashable {
    public enum Demand: String, Sendable, CaseIterable {
        case nothing
        case mfa
        case phishingResistant
        case compliantDevice
        case mfaAndCompliantDevice
        /// MFA only when Microsoft Entra ID Protection rates the sign-in medium or high risk.
        case mfaForRiskySignIns
    }

    public var license = "p1"
    public var demand = Demand.mfa
    public var emailOneTimePasscodeEnabled = true
    public var isMfaAccepted = false
    public var isCompliantDeviceAccepted = false
    /// `entraId`, `google`, ... ; Entra users come from the partner home tenant.
    public var identityProvider = "entraId"
    public var accessPath = "b2bCollaboration"
    /// Method combinations completed at home, e.g. `password,microsoftAuthenticatorPush`.
    public var homeMfa: [String] = []
    public var homeDeviceCompliant = false
    public var registeredInResource: [String] = []
    public var signInRiskLevel = "none"

    public init() {}

    static let tenantId = "00000000-0000-0000-0000-00000000a11c"
    static let homeTenantId = "00000000-0000-0000-0000-00000000b0b0"
    static let applicationId = "00000003-0000-0ff1-ce00-000000000000"

    /// The tenant file: licence, security defaults (the only protection a free tenant has),
    /// the policy and the default inbound trust.
    public var tenantDocument: JSONDocument {
        let free = license == "free"
        var members: [(String, JSONDocument)] = [
            ("tenantId", .string(Self.tenantId)),
            ("displayName", .string("Woodgrove (resource tenant)")),
            // "p1" stands for "licensed for Conditional Access"; a risk-based policy needs ID
            // Protection, which comes with P2.
            ("license", .string(demand == .mfaForRiskySignIns && license == "p1" ? "p2" : license)),
            ("securityDefaultsEnabled", .bool(free)),
            ("emailOneTimePasscodeEnabled", .bool(emailOneTimePasscodeEnabled)),
        ]
        if !free, demand != .nothing { members.append(("conditionalAccessPolicies", .array([policy]))) }
        members.append(
            (
                "crossTenantAccessPolicy",
                .object([
                    (
                        "default",
                        .object([
                            (
                                "inboundTrust",
                                .object([
                                    ("isMfaAccepted", .bool(isMfaAccepted)),
                                    ("isCompliantDeviceAccepted", .bool(isCompliantDeviceAccepted)),
                                    ("isHybridAzureADJoinedDeviceAccepted", .bool(false)),
                                ])
                            ),
                            // The walkthroughs show organisations that have set up B2B direct connect, which
                            // the service blocks until an admin allows it.
                            (
                                "b2bDirectConnectInbound",
                                .object([
                                    (
                                        "usersAndGroups",
                                        .object([
                                            ("accessType", .string("allowed")),
                                            (
                                                "targets",
                                                .array([
                                                    .object([
                                                        ("target", .string("AllUsers")),
                                                        ("targetType", .string("user")),
                                                    ])
                                                ])
                                            ),
                                        ])
                                    ),
                                    (
                                        "applications",
                                        .object([
                                            ("accessType", .string("allowed")),
                                            (
                                                "targets",
                                                .array([
                                                    .object([
                                                        ("target", .string("AllApplications")),
                                                        ("targetType", .string("application")),
                                                    ])
                                                ])
                                            ),
                                        ])
                                    ),
                                ])
                            ),
                        ])
                    )
                ])
            ))
        return .object(members)
    }

    private var policy: JSONDocument {
        var builtIn: [String] = []
        var strength: JSONDocument?
        switch demand {
        case .nothing: break
        case .mfa, .mfaForRiskySignIns: builtIn = ["mfa"]
        case .phishingResistant: strength = .object([("id", .string("00000000-0000-0000-0000-000000000004"))])
        case .compliantDevice: builtIn = ["compliantDevice"]
        case .mfaAndCompliantDevice: builtIn = ["mfa", "compliantDevice"]
        }
        var grant: [(String, JSONDocument)] = [
            ("operator", .string("AND")),
            ("builtInControls", .array(builtIn.map(JSONDocument.string))),
        ]
        if let strength { grant.append(("authenticationStrength", strength)) }
        let risk: [String] = demand == .mfaForRiskySignIns ? ["medium", "high"] : []
        return .object([
            ("id", .string("walkthrough-guests")),
            ("displayName", .string(Self.policyName(demand))),
            ("state", .string("enabled")),
            (
                "conditions",
                .object([
                    (
                        "users",
                        .object([
                            (
                                "includeGuestsOrExternalUsers",
                                .object([
                                    (
                                        "guestOrExternalUserTypes",
                                        .string(
                                            "b2bCollaborationGuest,b2bCollaborationMember,b2bDirectConnectUser,otherExternalUser"
                                        )
                                    ),
                                    ("externalTenants", .object([("membershipKind", .string("all"))])),
                                ])
                            )
                        ])
                    ),
                    ("applications", .object([("includeApplications", .array([.string("All")]))])),
                    ("clientAppTypes", .array([.string("all")])),
                    ("signInRiskLevels", .array(risk.map(JSONDocument.string))),
                ])
            ),
            ("grantControls", .object(grant)),
        ])
    }

    static func policyName(_ demand: Demand) -> String {
        switch demand {
        case .nothing: "No policy"
        case .mfa: "Guests: require MFA"
        case .phishingResistant: "Guests: require phishing-resistant MFA"
        case .compliantDevice: "Guests: require a compliant device"
        case .mfaAndCompliantDevice: "Guests: require MFA and a compliant device"
        case .mfaForRiskySignIns: "Guests: require MFA for risky sign-ins"
        }
    }

    /// The sign-in file, in the names of Graph's What If API plus the `guest` block.
    public var signInDocument: JSONDocument {
        let entra = identityProvider == "entraId"
        let directConnect = entra && accessPath == "b2bDirectConnect"
        var identity: [(String, JSONDocument)] = [
            ("userId", .string(entra ? "adele@fabrikam.example" : "sam@example.net"))
        ]
        if entra { identity.append(("externalTenantId", .string(Self.homeTenantId))) }
        identity.append(("externalUserType", .string(directConnect ? "b2bDirectConnectUser" : "b2bCollaborationGuest")))
        var guest: [(String, JSONDocument)] = [("identityProvider", .string(identityProvider))]
        if entra { guest.append(("accessPath", .string(accessPath))) }
        guest.append(
            (
                "homeSession",
                .object([
                    ("mfa", .array(homeMfa.map(JSONDocument.string))),
                    ("deviceCompliant", .bool(homeDeviceCompliant)),
                ])
            ))
        guest.append(
            (
                "registeredMethods",
                .object([
                    ("resource", .array(registeredInResource.map(JSONDocument.string)))
                ])
            ))
        return .object([
            ("signInIdentity", .object(identity)),
            ("signInContext", .object([("includeApplications", .array([.string(Self.applicationId)]))])),
            (
                "signInConditions",
                .object([
                    ("clientAppType", .string("browser")),
                    ("signInRiskLevel", .string(signInRiskLevel)),
                ])
            ),
            ("guest", .object(guest)),
        ])
    }
}
