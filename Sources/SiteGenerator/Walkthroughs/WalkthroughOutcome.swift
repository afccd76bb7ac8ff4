import AccessEngine

/// What the engine answered for one combination, reduced to what the player shows. Identical
/// outcomes are stored once, so the fields are only those a reader sees.
public struct WalkthroughOutcome: Sendable, Hashable, Codable {
    /// `granted`, `challenged` or `blocked`.
    public var verdict: String
    /// The block reason code, when blocked.
    public var reason: String?
    /// The block reason in words.
    public var reasonText: String?
    /// Where MFA happens: `homeTenant`, `resourceTenant`, or `none` when no MFA is done (not
    /// demanded, or demanded but impossible).
    public var mfa: String
    public var requirements: [RequirementEntry]
    public var steps: [Step]
    /// Index into `steps` of the step that settled the verdict, for a challenge's explanation;
    /// `nil` when no step was taken.
    public var decidingStep: Int?
    /// Which policy (or security defaults) decided, and with which requirements, in one
    /// sentence built from the engine's answer, so the player never works it out itself.
    public var decidedBy: String

    public struct RequirementEntry: Sendable, Hashable, Codable {
        public var control: String
        /// `satisfiedByClaim`, `challenge` or `unsatisfiable`.
        public var status: String
        public var location: String
        public var registration: Bool
        /// One line for the reader, e.g. "Require multifactor authentication: the user is
        /// challenged, in the home tenant".
        public var text: String
    }

    public struct Step: Sendable, Hashable, Codable {
        public var flow: String
        public var number: Int
        public var text: String
    }

    /// The outcome of `evaluation` as the walkthrough of `flow` shows it; the flow chooses the
    /// deciding step when the sign-in passes through more than one flow.
    public init(_ evaluation: Evaluation, playing flow: FlowID) {
        verdict = evaluation.decision.rawValue
        reason = evaluation.blockReason?.rawValue
        reasonText = evaluation.blockReason.map { WalkthroughText.reason($0.rawValue) }
        mfa = Self.mfaLocation(evaluation.requirements)
        requirements = evaluation.requirements.map {
            RequirementEntry(
                control: $0.control.rawValue, status: $0.status.rawValue,
                location: $0.location.rawValue, registration: $0.registrationRequired,
                text: WalkthroughText.requirement($0))
        }
        steps = evaluation.steps.map { Step(flow: $0.flow.rawValue, number: $0.number, text: $0.narration) }
        decidingStep = Self.decidingStep(evaluation, playing: flow)
        decidedBy = Self.decidedBy(evaluation)
    }

    /// The place of the first MFA-like requirement the user can meet.
    static func mfaLocation(_ requirements: [Requirement]) -> String {
        for requirement in requirements where requirement.status != .unsatisfiable {
            let control: GrantControl = requirement.control
            if control == .mfa || control == .authenticationStrength {
                return requirement.location.rawValue
            }
        }
        return "none"
    }
}
