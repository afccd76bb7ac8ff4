/// A control demanded by the applying policies, and how the sign-in meets it.
public struct Requirement: Sendable, Hashable {
    public let control: GrantControl
    let referenceIndex: Int
    public let status: RequirementStatus
    public let location: RequirementLocation
    /// Whether the user must first register a method (or device) where the control happens.
    public let registrationRequired: Bool
    /// Set when `status` is ``RequirementStatus/unsatisfiable``.
    public let blockReason: BlockReason?
    let policies: PolicyBits
    let fromSecurityDefaults: Bool
    let catalog: PolicyCatalog

    /// The terms of use id, custom control name or strength id the control refers to.
    public var reference: String? { catalog.reference(referenceIndex) }

    /// The ids of the policies that demand the control; `securityDefaults` stands for the
    /// tenant's security defaults.
    public var policyIds: [String] {
        catalog.ids(policies) + (fromSecurityDefaults ? ["securityDefaults"] : [])
    }

    public static func == (lhs: Requirement, rhs: Requirement) -> Bool {
        lhs.control == rhs.control && lhs.reference == rhs.reference && lhs.status == rhs.status
            && lhs.location == rhs.location && lhs.registrationRequired == rhs.registrationRequired
            && lhs.blockReason == rhs.blockReason && lhs.policyIds == rhs.policyIds
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(control)
        hasher.combine(reference)
        hasher.combine(status)
        hasher.combine(policyIds)
    }
}

/// How one control is met for this sign-in, before policies are merged.
struct ControlOutcome: Sendable, Hashable {
    var status: RequirementStatus
    var location: RequirementLocation
    var registrationRequired = false
    var blockReason: BlockReason?

    static func satisfied(_ location: RequirementLocation) -> ControlOutcome {
        ControlOutcome(status: .satisfiedByClaim, location: location)
    }

    static func challenge(_ location: RequirementLocation, registering: Bool = false) -> ControlOutcome {
        ControlOutcome(status: .challenge, location: location, registrationRequired: registering)
    }

    static func blocked(_ reason: BlockReason, _ location: RequirementLocation = .resourceTenant)
        -> ControlOutcome
    {
        ControlOutcome(status: .unsatisfiable, location: location, blockReason: reason)
    }
}
