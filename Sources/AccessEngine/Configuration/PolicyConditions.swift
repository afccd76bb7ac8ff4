/// The assignments and conditions of a policy; all of them must match for the policy to apply,
/// and a condition that is not set matches every sign-in.
public struct PolicyConditions: Sendable, Hashable {
    public var users: UserCondition
    public var applications: ApplicationCondition
    /// Empty means not configured (every client app).
    public var clientAppTypes: [ClientAppType]
    public var platforms: PlatformCondition?
    public var locations: LocationCondition?
    /// Empty means not configured.
    public var signInRiskLevels: [RiskLevel]
    public var userRiskLevels: [RiskLevel]
    public var devices: DeviceCondition?

    public init(
        users: UserCondition = UserCondition(),
        applications: ApplicationCondition = ApplicationCondition(),
        clientAppTypes: [ClientAppType] = [],
        platforms: PlatformCondition? = nil,
        locations: LocationCondition? = nil,
        signInRiskLevels: [RiskLevel] = [],
        userRiskLevels: [RiskLevel] = [],
        devices: DeviceCondition? = nil
    ) {
        self.users = users
        self.applications = applications
        self.clientAppTypes = clientAppTypes
        self.platforms = platforms
        self.locations = locations
        self.signInRiskLevels = signInRiskLevels
        self.userRiskLevels = userRiskLevels
        self.devices = devices
    }
}

/// Graph's `conditionalAccessApplications`: one of cloud apps, user actions or authentication
/// contexts is targeted.
public struct ApplicationCondition: Sendable, Hashable {
    /// Application ids, or the keywords `All`, `None`, `Office365`, `MicrosoftAdminPortals`.
    public var includeApplications: [String]
    public var excludeApplications: [String]
    /// `urn:user:registersecurityinfo`, `urn:user:registerdevice`.
    public var includeUserActions: [String]
    /// Authentication context ids such as `c1`.
    public var includeAuthenticationContextClassReferences: [String]

    public init(
        includeApplications: [String] = [],
        excludeApplications: [String] = [],
        includeUserActions: [String] = [],
        includeAuthenticationContextClassReferences: [String] = []
    ) {
        self.includeApplications = includeApplications
        self.excludeApplications = excludeApplications
        self.includeUserActions = includeUserActions
        self.includeAuthenticationContextClassReferences =
            includeAuthenticationContextClassReferences
    }
}

/// Graph's `conditionalAccessPlatforms`.
public struct PlatformCondition: Sendable, Hashable {
    public var includePlatforms: [DevicePlatform]
    public var excludePlatforms: [DevicePlatform]

    public init(includePlatforms: [DevicePlatform] = [], excludePlatforms: [DevicePlatform] = []) {
        self.includePlatforms = includePlatforms
        self.excludePlatforms = excludePlatforms
    }
}

/// Graph's `conditionalAccessLocations`: named location ids or `All` / `AllTrusted`.
public struct LocationCondition: Sendable, Hashable {
    public var includeLocations: [String]
    public var excludeLocations: [String]

    public init(includeLocations: [String] = [], excludeLocations: [String] = []) {
        self.includeLocations = includeLocations
        self.excludeLocations = excludeLocations
    }
}

/// Graph's `conditionalAccessDevices` with a device filter.
public struct DeviceCondition: Sendable, Hashable {
    public var deviceFilter: DeviceFilter?

    public init(deviceFilter: DeviceFilter? = nil) {
        self.deviceFilter = deviceFilter
    }
}

/// Graph's `conditionalAccessFilter`: a rule over device properties and whether matching devices
/// are included in or excluded from the policy.
public struct DeviceFilter: Sendable, Hashable {
    public enum Mode: String, DocumentVocabulary {
        case include
        case exclude
    }

    public var mode: Mode
    /// The rule text, e.g. `device.trustType -eq "ServerAD" -and device.isCompliant -eq True`.
    public var rule: String

    public init(mode: Mode, rule: String) {
        self.mode = mode
        self.rule = rule
    }
}

/// Graph's `conditionalAccessClientApp`.
public enum ClientAppType: String, DocumentVocabulary {
    case all
    case browser
    case mobileAppsAndDesktopClients
    case exchangeActiveSync
    case easSupported
    /// Other legacy authentication clients.
    case other
}

/// Graph's `conditionalAccessDevicePlatform`.
public enum DevicePlatform: String, DocumentVocabulary {
    case android
    case iOS
    case windows
    case windowsPhone
    case macOS
    case linux
    case all
}

/// Graph's `riskLevel`.
public enum RiskLevel: String, DocumentVocabulary {
    case low
    case medium
    case high
    case hidden
    case none
}
