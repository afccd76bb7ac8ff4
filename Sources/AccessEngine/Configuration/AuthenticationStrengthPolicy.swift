/// Graph's `authenticationStrengthPolicy`: the method combinations that satisfy a strength.
public struct AuthenticationStrengthPolicy: Sendable, Hashable, Identifiable {
    public enum PolicyType: String, DocumentVocabulary {
        case builtIn
        case custom
    }

    public var id: String
    public var displayName: String
    public var policyType: PolicyType
    public var allowedCombinations: [AuthenticationMethodModes]

    public init(
        id: String, displayName: String, policyType: PolicyType = .custom,
        allowedCombinations: [AuthenticationMethodModes]
    ) {
        self.id = id
        self.displayName = displayName
        self.policyType = policyType
        self.allowedCombinations = allowedCombinations
    }
}
