extension Flow {
    /// Every flow the engine knows, in a stable order.
    public static let all: [Flow] = [
        entraCrossTenant, externalIdentityProvider, emailOneTimePasscode, resourceTenantMfa,
    ]

    public static func flow(_ id: FlowID) -> Flow {
        switch id {
        case .entraCrossTenant: entraCrossTenant
        case .externalIdentityProvider: externalIdentityProvider
        case .emailOneTimePasscode: emailOneTimePasscode
        case .resourceTenantMfa: resourceTenantMfa
        }
    }

    /// The flow whose title or an alias matches `heading`.
    public static func flow(forHeading heading: String) -> Flow? {
        byNormalizedTitle[normalizedTitle(heading)]
    }

    /// Every title and alias, normalised once: every step table's heading is looked up here.
    /// The first flow of `all` wins a title two flows share.
    private static let byNormalizedTitle: [String: Flow] = Dictionary(
        all.flatMap { flow in ([flow.title] + flow.titleAliases).map { (normalizedTitle($0), flow) } },
        uniquingKeysWith: { first, _ in first }
    )

    /// Seed 004's six-step flow for users from another Microsoft Entra organisation.
    public static let entraCrossTenant = Flow(
        id: .entraCrossTenant,
        title: "Authentication flow for external Microsoft Entra users",
        titleAliases: FlowHeadings.aliases(for: .entraCrossTenant),
        steps: [
            FlowStep(
                number: 1,
                summary: "The user starts signing in to a resource of the resource tenant from their home tenant.",
                actor: .user),
            FlowStep(
                number: 2,
                summary:
                    "The resource tenant evaluates its Conditional Access policies and both tenants' cross-tenant access settings.",
                actor: .resourceTenant),
            FlowStep(
                number: 3,
                summary:
                    "The resource tenant checks whether its inbound trust accepts MFA and device claims from the home tenant.",
                actor: .resourceTenant),
            FlowStep(
                number: 4, summary: "With trust, the home session is searched for an MFA claim and a device claim.",
                actor: .resourceTenant),
            FlowStep(
                number: 5,
                summary:
                    "Missing trusted claims are challenged in the home tenant; if they cannot be met, access is blocked.",
                actor: .homeTenant),
            FlowStep(
                number: 6,
                summary:
                    "Without trust, B2B collaboration users do MFA in the resource tenant, B2B direct connect users are blocked, and unverifiable device requirements block both.",
                actor: .resourceTenant),
        ],
        edges: [FlowEdge(from: 3, to: 6, condition: "inbound trust accepts no claim the policies need")],
        inputs: [
            FlowInput(path: "guest.accessPath", values: ["b2bCollaboration", "b2bDirectConnect"]),
            FlowInput(path: "crossTenantAccessPolicy.default.inboundTrust.isMfaAccepted", values: ["true", "false"]),
            FlowInput(
                path: "crossTenantAccessPolicy.default.inboundTrust.isCompliantDeviceAccepted",
                values: ["true", "false"]),
            FlowInput(path: "guest.homeSession.mfa", values: ["", "password,microsoftAuthenticatorPush", "fido2"]),
            FlowInput(path: "guest.homeSession.deviceCompliant", values: ["true", "false"]),
            FlowInput(path: "license", values: ["free", "p1"]),
        ]
    )

    /// Seeds 002/004: users of Google, Facebook, SAML/WS-Fed or Microsoft accounts.
    public static let externalIdentityProvider = Flow(
        id: .externalIdentityProvider,
        title: "Authentication flow for non-Azure AD external users",
        titleAliases: FlowHeadings.aliases(for: .externalIdentityProvider),
        steps: [
            FlowStep(
                number: 1,
                summary:
                    "The user asks for a resource, which sends them to its tenant as the trusted identity provider.",
                actor: .user),
            FlowStep(
                number: 2,
                summary:
                    "The resource tenant recognises an external user and redirects them to their own identity provider for primary authentication.",
                actor: .resourceTenant),
            FlowStep(
                number: 3,
                summary:
                    "The identity provider applies its own rules and issues a token; the resource tenant validates it and evaluates its Conditional Access policies.",
                actor: .identityProvider),
            FlowStep(
                number: 4,
                summary:
                    "Inbound settings and policies are evaluated; when all are met the resource tenant issues its own token.",
                actor: .resourceTenant),
        ],
        edges: [],
        inputs: [
            FlowInput(path: "guest.identityProvider", values: ["google", "facebook", "samlWsFed", "microsoftAccount"]),
            FlowInput(path: "guest.registeredMethods.resource", values: ["", "microsoftAuthenticatorPush"]),
        ]
    )

    /// Seeds 002/004: email one-time passcode users.
    public static let emailOneTimePasscode = Flow(
        id: .emailOneTimePasscode,
        title: "Authentication flow and token for one-time passcode user",
        titleAliases: FlowHeadings.aliases(for: .emailOneTimePasscode),
        steps: [
            FlowStep(
                number: 1,
                summary:
                    "The user asks for a resource in another tenant, which sends them to its tenant as the trusted identity provider.",
                actor: .user),
            FlowStep(
                number: 2, summary: "The resource tenant recognises an email one-time passcode user and emails a code.",
                actor: .resourceTenant),
            FlowStep(
                number: 3,
                summary: "The user submits the code and the resource tenant evaluates its Conditional Access policies.",
                actor: .user),
            FlowStep(
                number: 4, summary: "When every policy is met, the resource tenant issues a token.",
                actor: .resourceTenant),
        ],
        edges: [],
        inputs: [
            FlowInput(path: "emailOneTimePasscodeEnabled", values: ["true", "false"]),
            FlowInput(path: "guest.registeredMethods.resource", values: ["", "sms"]),
        ]
    )

    /// Seeds 000/001/004: MFA performed and registered in the resource tenant.
    public static let resourceTenantMfa = Flow(
        id: .resourceTenantMfa,
        title: "MFA for non-Azure AD external users",
        titleAliases: FlowHeadings.aliases(for: .resourceTenantMfa),
        steps: [
            FlowStep(
                number: 1, summary: "Someone in the resource organisation invites the external user to an application.",
                actor: .resourceTenant),
            FlowStep(
                number: 2, summary: "The application is protected by a policy that requires MFA.",
                actor: .resourceTenant),
            FlowStep(
                number: 3, summary: "On access, the external user is asked to complete MFA in the resource tenant.",
                actor: .user),
            FlowStep(
                number: 4,
                summary: "Without a method registered there, the user first registers MFA with the resource tenant.",
                actor: .user),
        ],
        edges: [FlowEdge(from: 3, to: 4, condition: "no method is registered in the resource tenant")],
        inputs: [
            FlowInput(path: "guest.registeredMethods.resource", values: ["", "sms"]),
            FlowInput(path: "signInConditions.signInRiskLevel", values: ["none", "high"]),
        ]
    )
}
