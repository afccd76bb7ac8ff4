/// The kinds of guest and external users a policy can target (seed 004, "Assigning Conditional
/// Access policies to external user types"), as Graph's `conditionalAccessGuestOrExternalUserTypes`
/// flags.
public struct ExternalUserTypes: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8

    public init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    public static let internalGuest = ExternalUserTypes(rawValue: 1 << 0)
    public static let b2bCollaborationGuest = ExternalUserTypes(rawValue: 1 << 1)
    public static let b2bCollaborationMember = ExternalUserTypes(rawValue: 1 << 2)
    public static let b2bDirectConnectUser = ExternalUserTypes(rawValue: 1 << 3)
    public static let otherExternalUser = ExternalUserTypes(rawValue: 1 << 4)
    public static let serviceProvider = ExternalUserTypes(rawValue: 1 << 5)

    /// Every type; what the legacy `GuestsOrExternalUsers` keyword means.
    public static let all: ExternalUserTypes = [
        .internalGuest, .b2bCollaborationGuest, .b2bCollaborationMember, .b2bDirectConnectUser,
        .otherExternalUser, .serviceProvider,
    ]

    /// The members in Graph's order.
    public var members: [ExternalUserType] {
        ExternalUserType.allCases.filter { contains($0.flag) }
    }
}

/// One kind of external user; a sign-in is of exactly one kind.
public enum ExternalUserType: String, DocumentVocabulary {
    /// A local account in the resource directory with `userType` Guest.
    case internalGuest
    case b2bCollaborationGuest
    case b2bCollaborationMember
    case b2bDirectConnectUser
    case otherExternalUser
    /// A user from a partner whose configuration has `isServiceProvider: true`.
    case serviceProvider

    public var flag: ExternalUserTypes {
        switch self {
        case .internalGuest: .internalGuest
        case .b2bCollaborationGuest: .b2bCollaborationGuest
        case .b2bCollaborationMember: .b2bCollaborationMember
        case .b2bDirectConnectUser: .b2bDirectConnectUser
        case .otherExternalUser: .otherExternalUser
        case .serviceProvider: .serviceProvider
        }
    }
}
