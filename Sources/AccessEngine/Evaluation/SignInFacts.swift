/// Who is signing in, from the resource tenant's point of view.
enum Principal: Sendable, Hashable {
    /// A member of the resource tenant, or a local guest whose credentials it manages.
    case internalAccount
    /// A user from another Microsoft Entra organisation.
    case entraExternal
    /// A user of another identity provider; `nil` when the sign-in does not say which.
    case otherProvider(IdentityProvider?)

    var isExternal: Bool { self != .internalAccount }
}

/// The sign-in reduced to what control resolution needs, computed once per evaluation.
struct SignInFacts: ~Copyable, Sendable {
    let principal: Principal
    let accessPath: AccessPath
    let trust: ResolvedInboundTrust
    let userTypes: ExternalUserTypes
    /// The home tenant's partner settings and the policies naming it; `nil` for tenants
    /// nothing names. One reference, so building the facts retains it once.
    let home: HomeTenantEntry?
    /// How the member's federated domain treats its identity provider's MFA; `nil` for
    /// managed domains and for external users.
    let federatedMfa: FederatedIdpMfaBehavior?
    // The guest's own situation, read only through the accessors below, which note each read
    // (``Evaluation/guestInputsRead``).
    private let completedMfaModes: [AuthenticationMethodModes]
    private let multifactorDone: Bool
    private var compliantClaim: Bool
    private var hybridClaim: Bool
    private let registeredAtHome: AuthenticationMethodModes
    private let registeredInResource: AuthenticationMethodModes
    let devicePlatform: DevicePlatform?
    /// Whether the resource tenant can see the device's attributes (for device filters): its
    /// own users' devices, and an external Microsoft Entra user's only when it trusts that
    /// organisation's device claims (authentication-conditional-access § Device filters).
    let deviceAttributesVisible: Bool
    /// Exchange ActiveSync and other legacy clients, which can neither perform nor carry MFA.
    let legacyClient: Bool
    /// The guest's rarely given inputs (accepted terms of use, ...), `nil` for most sign-ins so
    /// that copying the facts retains nothing more.
    let extras: GuestExtras?

    init(_ signIn: borrowing SignIn, storage: CompiledStorage) {
        let type = signIn.identity.externalUserType
        let tenantId = signIn.identity.externalTenantId
        let directConnect =
            signIn.guest?.accessPath == .b2bDirectConnect || type == .b2bDirectConnectUser
        accessPath = directConnect ? .b2bDirectConnect : .b2bCollaboration
        switch type {
        case nil, .internalGuest?:
            principal = .internalAccount
        default:
            // Direct connect exists only between Microsoft Entra organisations.
            let provider = directConnect ? .entraId : signIn.guest?.identityProvider
            if provider == .entraId || (provider == nil && tenantId != nil) {
                principal = .entraExternal
            } else {
                principal = .otherProvider(provider)
            }
        }
        let entry = CompiledStorage.tenantKey(tenantId).flatMap { storage.homeTenants[$0] }
        home = entry
        var resolved =
            principal == .entraExternal ? entry?.trust ?? storage.defaultTrust : .none
        // A service provider's users always do MFA at home, and the resource tenant always
        // accepts it, whatever the inbound trust says (cross-tenant-access-settings-b2b-
        // collaboration, revision of 2026-04-24).
        if resolved.isServiceProvider { resolved.isMfaAccepted = true }
        trust = storage.trustUsable || resolved.isServiceProvider ? resolved : .none
        var types = type?.flag ?? []
        if resolved.isServiceProvider { types.insert(.serviceProvider) }
        userTypes = types
        // Each field is read through the optional in place: binding the guest context to a
        // local would copy it, retaining and releasing every array it holds.
        let completedMfa = signIn.guest?.homeSession.mfa ?? []
        registeredAtHome = signIn.guest?.registeredMethods.home ?? []
        registeredInResource = signIn.guest?.registeredMethods.resource ?? []
        compliantClaim = signIn.guest?.homeSession.deviceCompliant ?? false
        hybridClaim = signIn.guest?.homeSession.hybridJoined ?? false
        extras = signIn.guest?.extras
        var federatedMfa: FederatedIdpMfaBehavior?
        if principal == .internalAccount, let domains = storage.federatedDomains {
            let userId = signIn.identity.userId
            if let at = userId.lastIndex(of: "@") {
                federatedMfa = domains[userId[userId.index(after: at)...].lowercased()]
            }
        }
        self.federatedMfa = federatedMfa
        // What the domain's federation lets count, for the MFA control and for strengths alike
        // (concept-authentication-strength-how-it-works § Federated user experience).
        let federated = AuthenticationMethodModes([.federatedMultiFactor, .federatedSingleFactor])
        switch federatedMfa {
        case .enforceMfaByFederatedIdp?:
            // Only the federated provider's MFA counts.
            let theirs = completedMfa.filter { $0.contains(AuthenticationMethodModes(.federatedMultiFactor)) }
            completedMfaModes = theirs
            multifactorDone = !theirs.isEmpty
        case .rejectMfaByFederatedIdp?:
            let own = completedMfa.map { $0.subtracting(federated) }.filter { !$0.isEmpty }
            completedMfaModes = own
            multifactorDone = !own.isEmpty && CompiledStrength.isMet(by: own, in: storage.multifactor.all)
        default:
            completedMfaModes = completedMfa
            multifactorDone =
                !completedMfa.isEmpty
                && CompiledStrength.isMet(by: completedMfa, in: storage.multifactor.all)
        }
        if principal == .internalAccount {
            // The resource tenant manages its own accounts' devices and sees them directly.
            let info = signIn.conditions.deviceInfo
            compliantClaim = info?["iscompliant"]?.lowercased() == "true"
            hybridClaim = info?["trusttype"]?.lowercased() == "serverad"
        }
        devicePlatform = signIn.conditions.devicePlatform
        let client = signIn.conditions.clientAppType
        legacyClient = client == .exchangeActiveSync || client == .easSupported || client == .other
        deviceAttributesVisible =
            principal == .internalAccount
            || (principal == .entraExternal
                && (trust.isCompliantDeviceAccepted || trust.isHybridAzureADJoinedDeviceAccepted))
    }

    /// The methods of the MFA done in the home session, each completed combination apart, as
    /// far as the member's federated domain lets them count.
    func completedMfa(noting reads: inout GuestInputs) -> [AuthenticationMethodModes] {
        reads.insert(.homeMfa)
        return completedMfaModes
    }

    /// Whether the MFA done counts as multifactor authentication (the federated provider's
    /// MFA as the member's domain says).
    func completedMultifactor(noting reads: inout GuestInputs) -> Bool {
        reads.insert(.homeMfa)
        return multifactorDone
    }

    /// The device's compliance (claimed at home, or seen directly for the tenant's own users).
    func deviceCompliant(noting reads: inout GuestInputs) -> Bool {
        reads.insert(.deviceState)
        return compliantClaim
    }

    /// Whether the device is hybrid joined (claimed at home, or seen directly).
    func hybridJoined(noting reads: inout GuestInputs) -> Bool {
        reads.insert(.deviceState)
        return hybridClaim
    }

    /// The methods registered where the control happens.
    func registered(at location: RequirementLocation, noting reads: inout GuestInputs) -> AuthenticationMethodModes {
        reads.insert(.registeredMethods)
        return location == .homeTenant ? registeredAtHome : registeredInResource
    }

    /// The inbound access setting of a partner organisation for this access path; `nil` for
    /// organisations without partner settings (the tenant's default applies).
    var inboundAccess: CompiledAccessSetting? { home?.access?[accessPath.ordinal] }

    /// Whether the user has a second factor registered (a password alone is not MFA).
    func hasSecondFactor(at location: RequirementLocation, noting reads: inout GuestInputs) -> Bool {
        !registered(at: location, noting: &reads).subtracting(AuthenticationMethodModes(.password)).isEmpty
    }
}
