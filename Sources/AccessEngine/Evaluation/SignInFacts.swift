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
struct SignInFacts: Sendable {
    let principal: Principal
    let accessPath: AccessPath
    let trust: ResolvedInboundTrust
    let userTypes: ExternalUserTypes
    /// The home tenant id, lowercased.
    let homeTenantKey: String?
    let completedMfa: [AuthenticationMethodModes]
    let completedMultifactor: Bool
    let deviceCompliant: Bool
    let hybridJoined: Bool
    let registeredHome: AuthenticationMethodModes
    let registeredResource: AuthenticationMethodModes
    let devicePlatform: DevicePlatform?

    init(_ signIn: SignIn, storage: CompiledStorage) {
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
        let key = CompiledStorage.tenantKey(tenantId)
        homeTenantKey = key
        let resolved =
            principal == .entraExternal
            ? storage.inboundTrust(forTenantKey: key) : .none
        trust = storage.trustUsable ? resolved : .none
        var types = type?.flag ?? []
        if resolved.isServiceProvider { types.insert(.serviceProvider) }
        userTypes = types
        completedMfa = signIn.guest?.homeSession.mfa ?? []
        completedMultifactor =
            !completedMfa.isEmpty
            && CompiledStrength.isMet(by: completedMfa, in: storage.multifactor.all)
        deviceCompliant =
            principal == .internalAccount
            ? signIn.conditions.deviceInfo?["iscompliant"]?.lowercased() == "true"
            : signIn.guest?.homeSession.deviceCompliant ?? false
        hybridJoined =
            principal == .internalAccount
            ? signIn.conditions.deviceInfo?["trusttype"]?.lowercased() == "serverad"
            : signIn.guest?.homeSession.hybridJoined ?? false
        registeredHome = signIn.guest?.registeredMethods.home ?? []
        registeredResource = signIn.guest?.registeredMethods.resource ?? []
        devicePlatform = signIn.conditions.devicePlatform
    }

    /// Whether the user has a second factor registered (a password alone is not MFA).
    static func hasSecondFactor(_ registered: AuthenticationMethodModes) -> Bool {
        !registered.subtracting(AuthenticationMethodModes(.password)).isEmpty
    }
}
