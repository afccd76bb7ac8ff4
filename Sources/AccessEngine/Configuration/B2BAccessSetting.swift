/// Graph's `crossTenantAccessPolicyB2BSetting`: who (users and groups) and what (applications)
/// a B2B collaboration or direct connect setting allows or blocks.
public struct B2BAccessSetting: Sendable, Hashable {
    public var usersAndGroups: AccessTargets?
    public var applications: AccessTargets?

    public init(usersAndGroups: AccessTargets? = nil, applications: AccessTargets? = nil) {
        self.usersAndGroups = usersAndGroups
        self.applications = applications
    }

    /// Everyone and every application allowed: the service default for B2B collaboration.
    public static let allowAll = B2BAccessSetting(
        usersAndGroups: AccessTargets(accessType: .allowed, targets: [.allUsers]),
        applications: AccessTargets(accessType: .allowed, targets: [.allApplications]))
    /// Everyone and every application blocked: the service default for B2B direct connect.
    public static let blockAll = B2BAccessSetting(
        usersAndGroups: AccessTargets(accessType: .blocked, targets: [.allUsers]),
        applications: AccessTargets(accessType: .blocked, targets: [.allApplications]))
}

/// Graph's `crossTenantAccessPolicyTargetConfiguration`.
public struct AccessTargets: Sendable, Hashable {
    public enum AccessType: String, DocumentVocabulary {
        case allowed
        case blocked
    }

    public var accessType: AccessType
    public var targets: [AccessTarget]

    public init(accessType: AccessType, targets: [AccessTarget]) {
        self.accessType = accessType
        self.targets = targets
    }
}

/// Graph's `crossTenantAccessPolicyTarget`.
public struct AccessTarget: Sendable, Hashable {
    public enum TargetType: String, DocumentVocabulary {
        case user
        case group
        case application
    }

    public var target: String
    public var targetType: TargetType

    public init(target: String, targetType: TargetType) {
        self.target = target
        self.targetType = targetType
    }

    public static let allUsers = AccessTarget(target: "AllUsers", targetType: .user)
    public static let allApplications = AccessTarget(target: "AllApplications", targetType: .application)

    var isEverything: Bool {
        let lowered = target.lowercased()
        return lowered == "allusers" || lowered == "allapplications"
    }
}
