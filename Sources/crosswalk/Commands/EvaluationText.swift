import AccessEngine

/// The terminal rendering of an evaluation: the verdict first, then why.
enum EvaluationText {
    static func render(_ evaluation: Evaluation) -> String {
        var lines: [String] = []
        var verdict = evaluation.decision.rawValue.uppercased()
        if let reason = evaluation.blockReason { verdict += " (\(reason.rawValue))" }
        lines.append(verdict)
        if let reason = evaluation.blockReason { lines.append(reason.explanation) }
        if !evaluation.requirements.isEmpty {
            lines.append("")
            lines.append("Requirements:")
            for requirement in evaluation.requirements {
                lines.append("  " + describe(requirement))
            }
        }
        let applying = evaluation.policies.filter(\.policyApplies)
        lines.append("")
        lines.append("Policies that apply: \(applying.count) of \(evaluation.policies.count)")
        for policy in evaluation.policies {
            let mark = policy.policyApplies ? "applies" : "skipped"
            let reasons = policy.policyApplies ? "" : " (" + policy.analysisReasons.names.joined(separator: ", ") + ")"
            let state = policy.state == .enabledForReportingButNotEnforced ? " [report-only]" : ""
            lines.append("  \(mark): \(policy.displayName)\(state)\(reasons)")
        }
        if !evaluation.sessionControls.isEmpty {
            lines.append("")
            lines.append("Session controls:")
            for control in evaluation.sessionControls {
                let settings = control.settings.isEmpty ? "" : " " + control.settings.joined(separator: ", ")
                let support = control.supported ? "" : " (not applied to B2B direct connect users)"
                lines.append("  \(control.control.rawValue)\(settings)\(support)")
            }
        }
        if !evaluation.reportOnly.isEmpty {
            lines.append("")
            lines.append("Report-only policies would require:")
            for requirement in evaluation.reportOnly { lines.append("  " + describe(requirement)) }
        }
        if let flow = evaluation.flow {
            lines.append("")
            lines.append("Flow: \(Flow.flow(flow).title) (\(flow.rawValue))")
            for step in evaluation.steps {
                let prefix = step.flow == flow ? "" : "\(step.flow.rawValue) "
                lines.append("  \(prefix)step \(step.number): \(step.narration)")
            }
        }
        // An undecided policy is listed as Entra's What If lists it, yet its controls count for
        // the verdict, so the verdict is the strictest the sign-in can get; say which they are.
        let undecided = evaluation.policies.filter {
            $0.state == .enabled && $0.analysisReasons.contains(.notEnoughInformation)
        }
        if !undecided.isEmpty {
            lines.append("")
            lines.append(
                "Undecided: \(undecided.map(\.displayName).joined(separator: ", ")) could still apply; the sign-in or the export lacks what they look at, and the verdict above counts them as applying, so it is never milder than the sign-in's."
            )
        }
        lines.append("")
        lines.append(
            "Behaviour: as Microsoft documents it on \(evaluation.behaviour.revision) (--as-of DATE for another date)")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func describe(_ requirement: Requirement) -> String {
        var text = requirement.control.rawValue
        if let reference = requirement.reference { text += " \(reference)" }
        text += ": \(requirement.status.rawValue) in \(requirement.location.rawValue)"
        if requirement.registrationRequired { text += ", registration required" }
        if let reason = requirement.blockReason { text += " [\(reason.rawValue)]" }
        text += " — " + requirement.policyIds.joined(separator: ", ")
        return text
    }
}
