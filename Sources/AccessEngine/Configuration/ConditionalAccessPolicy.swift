/// A Conditional Access policy in the shape of Graph's `conditionalAccessPolicy`.
public struct ConditionalAccessPolicy: Sendable, Hashable, Identifiable {
    public var id: String
    public var displayName: String
    public var state: PolicyState
    public var conditions: PolicyConditions
    /// `nil` when the policy has only session controls.
    public var grantControls: GrantControls?
    public var sessionControls: SessionControls?
    /// Where the policy was written, for diagnostics that point back at the export.
    public var location: DocumentPosition?
    /// Conditions whose entries the export could not resolve; see ``UnresolvedConditions``.
    public var unresolved: UnresolvedConditions = []

    public init(
        id: String,
        displayName: String,
        state: PolicyState = .enabled,
        conditions: PolicyConditions = PolicyConditions(),
        grantControls: GrantControls? = nil,
        sessionControls: SessionControls? = nil,
        location: DocumentPosition? = nil
    ) {
        self.id = id
        self.displayName = displayName
        self.state = state
        self.conditions = conditions
        self.grantControls = grantControls
        self.sessionControls = sessionControls
        self.location = location
    }
}

/// Graph's `conditionalAccessPolicyState`.
public enum PolicyState: String, DocumentVocabulary {
    case enabled
    case disabled
    /// Report-only: evaluated and reported, never enforced.
    case enabledForReportingButNotEnforced
}
