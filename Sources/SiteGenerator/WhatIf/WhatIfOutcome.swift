import AccessEngine

/// What the engine answers for one reachable situation on the What If page: everything it shows
/// but which policies apply (the page reads that from the condition sets). Identical outcomes
/// are stored once.
public struct WhatIfOutcome: Sendable, Hashable, Codable {
    public var verdict: String
    public var reasonText: String?
    public var mfa: String
    public var requirements: [String]
    /// The flow steps the guest goes through, narrated.
    public var steps: [String]
    /// Session controls in effect, one line each.
    public var session: [String]

    public init(_ evaluation: Evaluation) {
        verdict = evaluation.decision.rawValue
        reasonText = evaluation.blockReason.map { WalkthroughText.reason($0.rawValue) }
        mfa = WalkthroughOutcome.mfaLocation(evaluation.requirements)
        requirements = evaluation.requirements.map(WalkthroughText.requirement)
        steps = evaluation.steps.map(\.narration)
        session = evaluation.sessionControls.map { effect in
            var line = effect.control.rawValue
            if !effect.settings.isEmpty { line += " (" + effect.settings.joined(separator: ", ") + ")" }
            if !effect.supported { line += ": not applied to B2B direct connect users" }
            return line
        }
    }
}

/// One condition's answer on the page: the policies it lets through, as the engine decided.
public struct WhatIfConditionSet: Sendable, Hashable, Codable {
    /// Position in Graph's order of analysis reasons (``WhatIfPage/reasons``).
    public var rank: Int
    /// The policies let through, as ``WhatIfBits`` hex.
    public var through: String
    /// Policies left undecided (they cannot apply), as hex; absent when none.
    public var undecided: String?

    enum CodingKeys: String, CodingKey {
        case rank = "r", through = "t", undecided = "u"
    }
}
