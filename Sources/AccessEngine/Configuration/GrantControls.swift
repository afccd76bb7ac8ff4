/// Graph's `conditionalAccessGrantControls`.
public struct GrantControls: Sendable, Hashable {
    /// `AND`: every control is required; `OR`: one of them is enough.
    public var `operator`: GrantOperator
    public var builtInControls: [BuiltInControl]
    /// Custom controls by name; never honoured across tenants (seed 004).
    public var customAuthenticationFactors: [String]
    /// Terms of use agreement ids.
    public var termsOfUse: [String]
    /// The id of the required authentication strength.
    public var authenticationStrength: String?

    public init(
        operator: GrantOperator = .and,
        builtInControls: [BuiltInControl] = [],
        customAuthenticationFactors: [String] = [],
        termsOfUse: [String] = [],
        authenticationStrength: String? = nil
    ) {
        self.operator = `operator`
        self.builtInControls = builtInControls
        self.customAuthenticationFactors = customAuthenticationFactors
        self.termsOfUse = termsOfUse
        self.authenticationStrength = authenticationStrength
    }

    /// Whether no control at all is configured (Graph's "empty policy").
    public var isEmpty: Bool {
        builtInControls.isEmpty && customAuthenticationFactors.isEmpty && termsOfUse.isEmpty
            && authenticationStrength == nil
    }
}

public enum GrantOperator: String, DocumentVocabulary {
    case and = "AND"
    case or = "OR"
}

/// Graph's `conditionalAccessGrantControl`.
public enum BuiltInControl: String, DocumentVocabulary {
    case block
    case mfa
    case compliantDevice
    case domainJoinedDevice
    case approvedApplication
    case compliantApplication
    case passwordChange
}
