/// The result of evaluating one sign-in: the verdict, the requirements behind it, and the flow
/// steps that lead there.
///
/// The verdict, requirements (report-only ones too) and steps are computed by
/// ``CompiledTenant/evaluate(_:)``; the public views of them (``requirements``, ``policies``,
/// ``sessionControls``) are built on access from that compact state, so callers that only need
/// the verdict pay nothing for them.
public struct Evaluation: Sendable {
    public let decision: Decision
    /// Set when `decision` is ``Decision/blocked``.
    public let blockReason: BlockReason?
    let requirementEntries: [RequirementEntry]
    let reportOnlyEntries: [RequirementEntry]
    /// `nil` for members of the resource tenant, whose sign-in is not an external flow.
    public let flow: FlowID?
    public let steps: [TakenStep]

    let masks: ConditionMasks
    let context: SignInContext.Kind
    /// Enforced policies that apply or are undecided: their controls, session ones too, count.
    let demanding: PolicyBits
    let directConnect: Bool
    /// The guest inputs (``GuestInputs``: home session, registered methods, redemption) this
    /// answer read: a sign-in that differs from this one only in those of them outside the set
    /// is evaluated exactly the same way, so tools that vary them (the What If page) evaluate
    /// once per distinct value of the inputs read. Other parts of the guest context (accepted
    /// terms, home groups, groups, roles, identity provider) are not covered.
    public let guestInputsRead: GuestInputs
    let storage: CompiledStorage

    init(
        decision: Decision, blockReason: BlockReason?, requirementEntries: [RequirementEntry],
        reportOnlyEntries: [RequirementEntry], flow: FlowID?, steps: [TakenStep], masks: ConditionMasks,
        context: SignInContext.Kind, demanding: PolicyBits, directConnect: Bool,
        guestInputsRead: GuestInputs, storage: CompiledStorage
    ) {
        self.decision = decision
        self.blockReason = blockReason
        self.requirementEntries = requirementEntries
        self.reportOnlyEntries = reportOnlyEntries
        self.flow = flow
        self.steps = steps
        self.masks = masks
        self.context = context
        self.demanding = demanding
        self.directConnect = directConnect
        self.guestInputsRead = guestInputsRead
        self.storage = storage
    }

    /// The service behaviour the answer follows.
    public var behaviour: Behaviour { storage.behaviour }

    /// What the enforced applying policies (and security defaults) demand, by control.
    public var requirements: [Requirement] {
        requirementEntries.map { Requirement(entry: $0, catalog: storage.catalog) }
    }

    /// What report-only policies would have demanded; never part of the decision.
    public var reportOnly: [Requirement] {
        reportOnlyEntries.map { Requirement(entry: $0, catalog: storage.catalog) }
    }

    /// Every policy of the tenant with whether it applies and why, in Graph's What If terms.
    public var policies: [PolicyEvaluation] {
        storage.catalog.policies.enumerated().map { index, policy in
            PolicyEvaluation(
                id: policy.id, displayName: policy.displayName, state: policy.state,
                policyApplies: policy.state != .disabled && masks.matching.contains(index),
                analysisReasons: reasons(for: index, state: policy.state))
        }
    }

    /// Why a policy does not apply: like Entra's What If, the first condition that is not met
    /// (what-if-tool § Evaluation), checked in the order of Graph's `conditionalAccessWhatIfReasons`;
    /// `notEnoughInformation` when none is known to fail but one depends on a value not given.
    private func reasons(for index: Int, state: PolicyState) -> AnalysisReasons {
        if state == .disabled { return .policyNotEnabled }
        if !masks.users.contains(index) { return .users }
        if !masks.application.contains(index) {
            switch context {
            case .applications: return .application
            case .userAction: return .userActions
            case .authenticationContext: return .authenticationContext
            }
        }
        if !masks.platform.contains(index) { return .devicePlatform }
        if !masks.devices.contains(index) { return .devices }
        if !masks.clientApps.contains(index) { return .clientApps }
        if !masks.location.contains(index) { return .location }
        if !masks.signInRisk.contains(index) { return .signInRisk }
        if !masks.userRisk.contains(index) { return .userRisk }
        if masks.unknown.contains(index) { return .notEnoughInformation }
        return []
    }

    /// Session controls of the enforced policies that apply or are undecided (decision 56),
    /// merged per control. B2B direct
    /// connect users get none of them (seed 004), which `supported` records.
    public var sessionControls: [SessionControlEffect] {
        var merged: [SessionControl: (ids: [String], settings: [String])] = [:]
        for index in demanding {
            let policy = storage.catalog.policies[index]
            for (control, detail) in policy.sessionControls?.enabled ?? [] {
                merged[control, default: ([], [])].ids.append(policy.id)
                if let detail { merged[control, default: ([], [])].settings.append(detail) }
            }
        }
        return merged.keys.sorted().map { control in
            SessionControlEffect(
                control: control, policyIds: merged[control]!.ids,
                settings: merged[control]!.settings, supported: !directConnect)
        }
    }
}

/// One policy in the What If listing.
public struct PolicyEvaluation: Sendable, Hashable {
    public let id: String
    public let displayName: String
    public let state: PolicyState
    public let policyApplies: Bool
    public let analysisReasons: AnalysisReasons
}

/// A session control in effect.
public struct SessionControlEffect: Sendable, Hashable {
    public let control: SessionControl
    public let policyIds: [String]
    /// Settings such as `1 hours` or `never`, one per policy that has one.
    public let settings: [String]
    /// `false` for B2B direct connect users, where session controls do not apply.
    public let supported: Bool
}

extension SignInContext {
    /// Which kind of target the sign-in names, for choosing the What If reason.
    enum Kind: Sendable, Hashable {
        case applications
        case userAction
        case authenticationContext
    }

    var kind: Kind {
        switch self {
        case .applications: .applications
        case .userAction: .userAction
        case .authenticationContext: .authenticationContext
        }
    }
}
