/// Which policies one condition of a sign-in lets through: the structure behind "a policy
/// applies when each of its conditions matches".
///
/// Each condition depends on one part of the sign-in only (the user and their home tenant, the
/// application, the client app, the platform, the location, a risk level), so a tool that
/// precomputes answers can store one of these per answer to a question and combine them, rather
/// than evaluate every combination of answers.
public struct ConditionApplicability: Sendable, Hashable {
    /// The Graph analysis reason a policy this condition stops is reported with.
    public let reason: AnalysisReasons
    /// The policies the condition does not stop.
    public let letThrough: PolicySet
    /// Policies the condition lets through only because the sign-in lacks the value that would
    /// decide it (an unresolved name, no client app given): they cannot apply either.
    public let undecided: PolicySet
}

/// Every condition of one sign-in, in the order Graph's What If checks them: a policy is
/// reported with the reason of the first condition that stops it.
public struct ApplicabilityBreakdown: Sendable, Hashable {
    /// Starts with ``AnalysisReasons/policyNotEnabled`` (disabled policies), then users,
    /// application (or user action, or authentication context), device platform, devices,
    /// client apps, location, sign-in risk and user risk.
    public let conditions: [ConditionApplicability]

    /// The policies every condition lets through and none leaves undecided: those that apply,
    /// as ``Evaluation/policies`` reports them.
    public var applying: PolicySet {
        var result = conditions.first?.letThrough ?? .empty
        var undecided = PolicySet.empty
        for condition in conditions {
            result = result & condition.letThrough
            undecided = undecided | condition.undecided
        }
        return result.subtracting(undecided)
    }

    /// Why a policy does not apply: the reason of the first condition that stops it, then
    /// ``AnalysisReasons/notEnoughInformation``; empty when it applies.
    public func reasons(for index: Int) -> AnalysisReasons {
        for condition in conditions where !condition.letThrough.contains(index) { return condition.reason }
        if conditions.contains(where: { $0.undecided.contains(index) }) { return .notEnoughInformation }
        return []
    }
}
