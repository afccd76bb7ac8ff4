import AccessEngine

extension WalkthroughOutcome {
    /// The step a challenge's explanation points at: the last step taken in the flow being
    /// played (where that flow's table settles the verdict), else the last step of the flow the
    /// engine followed, else the last step taken.
    ///
    /// A Google user's sign-in goes through the identity-provider flow and then, when MFA is
    /// asked for, through the resource-tenant MFA flow; the walkthrough of either flow points
    /// into its own table.
    static func decidingStep(_ evaluation: Evaluation, playing flow: FlowID) -> Int? {
        let steps = evaluation.steps
        return steps.lastIndex { $0.flow == flow }
            ?? steps.lastIndex { $0.flow == evaluation.flow }
            ?? (steps.isEmpty ? nil : steps.count - 1)
    }

    /// One sentence naming what decided: the enforced policies that apply (or security
    /// defaults, or the policy that does not apply and Graph's reason), then the requirements
    /// behind the verdict — those that cannot be met when blocked, those the user is
    /// challenged for when challenged, every one (each met by a claim) when granted. A block
    /// with no such requirement (the passcode turned off, access settings) says so; the block
    /// reason, shown beside it, names the cause.
    static func decidedBy(_ evaluation: Evaluation) -> String {
        let enforced = evaluation.policies.filter { $0.state == .enabled }
        let applying = enforced.filter(\.policyApplies).map { "“\($0.displayName)”" }
        let requirements = evaluation.requirements
        let who: String
        if !applying.isEmpty {
            who = applying.joined(separator: " and ") + (applying.count == 1 ? " applies" : " apply")
        } else if requirements.contains(where: { $0.policyIds.contains("securityDefaults") }) {
            who = "Security defaults apply"
        } else if !enforced.isEmpty {
            who = enforced.map {
                "“\($0.displayName)” does not apply (\($0.analysisReasons.names.joined(separator: ", ")))"
            }.joined(separator: "; ")
        } else {
            who = "No Conditional Access policy applies"
        }
        let deciding: [Requirement]
        switch evaluation.decision {
        case .blocked: deciding = requirements.filter { $0.status == .unsatisfiable }
        case .challenged: deciding = requirements.filter { $0.status == .challenge }
        case .granted: deciding = requirements
        }
        if deciding.isEmpty {
            switch evaluation.decision {
            case .granted: return who + ", so nothing is demanded."
            // Blocked before Conditional Access: the passcode turned off, access settings.
            case .blocked: return who + "; the block does not come from what a policy demands."
            case .challenged: return who + "."
            }
        }
        return who + "; deciding: " + deciding.map(WalkthroughText.requirement).joined(separator: "; ") + "."
    }
}
