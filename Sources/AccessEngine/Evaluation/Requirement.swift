/// A control demanded by the applying policies, and how the sign-in meets it.
public struct Requirement: Sendable, Hashable {
    let entry: RequirementEntry
    let catalog: PolicyCatalog

    public var control: GrantControl { entry.control }
    public var status: RequirementStatus { entry.outcome.status }
    public var location: RequirementLocation { entry.outcome.location }
    /// Whether the user must first register a method (or device) where the control happens.
    public var registrationRequired: Bool { entry.outcome.registrationRequired }
    /// Set when `status` is ``RequirementStatus/unsatisfiable``.
    public var blockReason: BlockReason? { entry.outcome.blockReason }

    /// The terms of use id, custom control name or strength id the control refers to.
    public var reference: String? { catalog.reference(entry.reference) }

    /// The ids of the policies that demand the control; `securityDefaults` stands for the
    /// tenant's security defaults.
    public var policyIds: [String] {
        catalog.ids(entry.policies) + (entry.fromSecurityDefaults ? ["securityDefaults"] : [])
    }

    public static func == (lhs: Requirement, rhs: Requirement) -> Bool {
        lhs.entry == rhs.entry && lhs.reference == rhs.reference
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(entry)
        hasher.combine(reference)
    }
}

/// A requirement as the evaluator keeps it: plain data, so building and scanning them costs
/// no reference counting.
struct RequirementEntry: Sendable, Hashable {
    let control: GrantControl
    /// Index into ``PolicyCatalog/references``, -1 for none.
    let reference: Int
    var outcome: ControlOutcome
    var policies: PolicyBits
    var fromSecurityDefaults: Bool

    var status: RequirementStatus { outcome.status }
    var location: RequirementLocation { outcome.location }
    var blockReason: BlockReason? { outcome.blockReason }
    var registrationRequired: Bool { outcome.registrationRequired }
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

    static func blocked(
        _ reason: BlockReason, _ location: RequirementLocation = .resourceTenant
    )
        -> ControlOutcome
    {
        ControlOutcome(status: .unsatisfiable, location: location, blockReason: reason)
    }
}
