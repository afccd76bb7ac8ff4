/// The What If result as plain `Codable` data, in Graph's names, for JSON output and for pages
/// that embed results. Encode with sorted keys for stable output.
public struct EvaluationReport: Codable, Sendable, Hashable {
    public var decision: Decision
    public var blockReason: BlockReason?
    /// ``blockReason`` explained in one sentence.
    public var blockReasonText: String?
    /// The date of the documented behaviour the answer follows (`2024-05-15`).
    public var behaviourDate: String
    public var flow: FlowID?
    public var policies: [Policy]
    public var requirements: [RequirementReport]
    public var reportOnly: [RequirementReport]
    public var sessionControls: [SessionControlReport]
    public var steps: [Step]
    public var engineVersion: String

    public struct Policy: Codable, Sendable, Hashable {
        public var id: String
        public var displayName: String
        public var state: String
        public var policyApplies: Bool
        public var analysisReasons: [String]
    }

    public struct RequirementReport: Codable, Sendable, Hashable {
        public var control: GrantControl
        public var reference: String?
        public var policyIds: [String]
        public var status: RequirementStatus
        public var `where`: RequirementLocation
        public var registrationRequired: Bool
        public var blockReason: BlockReason?
    }

    public struct SessionControlReport: Codable, Sendable, Hashable {
        public var control: SessionControl
        public var policyIds: [String]
        public var settings: [String]
        public var supported: Bool
    }

    public struct Step: Codable, Sendable, Hashable {
        public var flow: FlowID
        public var step: Int
        public var event: StepEvent
        public var narration: String
    }

    public init(_ evaluation: Evaluation) {
        decision = evaluation.decision
        blockReason = evaluation.blockReason
        blockReasonText = evaluation.blockReason?.explanation
        behaviourDate = evaluation.behaviour.revision.description
        flow = evaluation.flow
        policies = evaluation.policies.map {
            Policy(
                id: $0.id, displayName: $0.displayName, state: $0.state.rawValue,
                policyApplies: $0.policyApplies, analysisReasons: $0.analysisReasons.names)
        }
        requirements = evaluation.requirements.map(RequirementReport.init)
        reportOnly = evaluation.reportOnly.map(RequirementReport.init)
        sessionControls = evaluation.sessionControls.map {
            SessionControlReport(
                control: $0.control, policyIds: $0.policyIds, settings: $0.settings,
                supported: $0.supported)
        }
        steps = evaluation.steps.map {
            Step(flow: $0.flow, step: $0.number, event: $0.event, narration: $0.narration)
        }
        engineVersion = AccessEngine.version
    }
}

extension EvaluationReport.RequirementReport {
    init(_ requirement: Requirement) {
        self.init(
            control: requirement.control, reference: requirement.reference,
            policyIds: requirement.policyIds, status: requirement.status,
            where: requirement.location, registrationRequired: requirement.registrationRequired,
            blockReason: requirement.blockReason)
    }
}

extension GrantControl: Codable {}
extension SessionControl: Codable {}
