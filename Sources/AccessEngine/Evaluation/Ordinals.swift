// Dense case numbers for the enums the evaluator indexes arrays with, so the hot path never
// hashes or allocates (`allCases` builds an array on every call).

extension ClientAppType {
    static let count = 6
    var ordinal: Int {
        switch self {
        case .all: 0
        case .browser: 1
        case .mobileAppsAndDesktopClients: 2
        case .exchangeActiveSync: 3
        case .easSupported: 4
        case .other: 5
        }
    }
}

extension DevicePlatform {
    static let count = 7
    var ordinal: Int {
        switch self {
        case .android: 0
        case .iOS: 1
        case .windows: 2
        case .windowsPhone: 3
        case .macOS: 4
        case .linux: 5
        case .all: 6
        }
    }
}

extension RiskLevel {
    static let count = 5
    var ordinal: Int {
        switch self {
        case .low: 0
        case .medium: 1
        case .high: 2
        case .hidden: 3
        case .none: 4
        }
    }
}

extension ExternalUserType {
    static let count = 6
    var ordinal: Int {
        switch self {
        case .internalGuest: 0
        case .b2bCollaborationGuest: 1
        case .b2bCollaborationMember: 2
        case .b2bDirectConnectUser: 3
        case .otherExternalUser: 4
        case .serviceProvider: 5
        }
    }
}

/// Per-case policy sets for a condition given as a list of enum values.
struct EnumConditionIndex: Sendable {
    /// Policies that do not use the condition.
    var unconditioned = PolicyBits.empty
    /// Policies that use it, whatever the values.
    var conditioned = PolicyBits.empty
    var included: [PolicyBits]
    var excluded: [PolicyBits]

    init(caseCount: Int) {
        included = Array(repeating: .empty, count: caseCount)
        excluded = Array(repeating: .empty, count: caseCount)
    }

    /// Policies matching a known value.
    func matching(_ ordinal: Int) -> PolicyBits {
        unconditioned | included[ordinal].subtracting(excluded[ordinal])
    }
}
