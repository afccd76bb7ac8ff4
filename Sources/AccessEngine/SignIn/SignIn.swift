/// A sign-in to evaluate, named after Graph's What If API
/// (`POST /identity/conditionalAccess/evaluate`) plus a ``GuestContext`` for what that API cannot
/// express about external users.
public struct SignIn: Sendable, Hashable {
    public var identity: SignInIdentity
    public var context: SignInContext
    public var conditions: SignInConditions
    /// `nil` for internal members.
    public var guest: GuestContext?

    public init(
        identity: SignInIdentity,
        context: SignInContext = .applications(["All"]),
        conditions: SignInConditions = SignInConditions(),
        guest: GuestContext? = nil
    ) {
        self.identity = identity
        self.context = context
        self.conditions = conditions
        self.guest = guest
    }
}

/// Graph's `signInIdentity` for a user.
public struct SignInIdentity: Sendable, Hashable {
    public var userId: String
    /// The user's home tenant, for B2B users from another Microsoft Entra organisation.
    public var externalTenantId: String?
    /// `nil` for a member of the resource tenant.
    public var externalUserType: ExternalUserType?

    public init(
        userId: String, externalTenantId: String? = nil, externalUserType: ExternalUserType? = nil
    ) {
        self.userId = userId
        self.externalTenantId = externalTenantId
        self.externalUserType = externalUserType
    }
}

/// Graph's `signInContext`: what the user is reaching for.
public enum SignInContext: Sendable, Hashable {
    /// `applicationContext` with application ids.
    case applications([String])
    /// `userActionContext`, e.g. `registerSecurityInformation`.
    case userAction(UserAction)
    /// `authContext` with an authentication context class reference such as `c1`.
    case authenticationContext(String)
}

/// Graph's `userAction`, with the matching policy URN.
public enum UserAction: String, DocumentVocabulary {
    case registerSecurityInformation
    case registerOrJoinDevices

    /// The value a policy's `includeUserActions` uses for this action.
    public var policyValue: String {
        switch self {
        case .registerSecurityInformation: "urn:user:registersecurityinfo"
        case .registerOrJoinDevices: "urn:user:registerdevice"
        }
    }
}

/// Graph's `signInConditions`. `nil` means the caller did not say; policies that depend on an
/// unknown value do not apply and report `notEnoughInformation`.
public struct SignInConditions: Sendable, Hashable {
    public var clientAppType: ClientAppType?
    public var devicePlatform: DevicePlatform?
    public var ipAddress: String?
    /// ISO 3166 two-letter code.
    public var country: String?
    public var signInRiskLevel: RiskLevel
    public var userRiskLevel: RiskLevel
    /// Device properties by Graph's `deviceInfo` name (`trustType`, `isCompliant`,
    /// `extensionAttribute1`, ...), as text.
    public var deviceInfo: [String: String]?

    public init(
        clientAppType: ClientAppType? = .browser,
        devicePlatform: DevicePlatform? = nil,
        ipAddress: String? = nil,
        country: String? = nil,
        signInRiskLevel: RiskLevel = .none,
        userRiskLevel: RiskLevel = .none,
        deviceInfo: [String: String]? = nil
    ) {
        self.clientAppType = clientAppType
        self.devicePlatform = devicePlatform
        self.ipAddress = ipAddress
        self.country = country
        self.signInRiskLevel = signInRiskLevel
        self.userRiskLevel = userRiskLevel
        self.deviceInfo = deviceInfo
    }
}
