/// Graph's `conditionalAccessGrantControls`.
public struct GrantControls: Sendable, Hashable {
    /// `AND`: every control is required; `OR`: one of them is enough.
    public var `operator`: GrantOperator
    /// Controls of Graph's `builtInControls`: members of ``GrantControl/builtIn``.
    public var builtInControls: [GrantControl]
    /// Custom controls by name; never honoured across tenants (seed 004).
    public var customAuthenticationFactors: [String]
    /// Terms of use agreement ids.
    public var termsOfUse: [String]
    /// The id of the required authentication strength.
    public var authenticationStrength: String?

    public init(
        operator: GrantOperator = .and,
        builtInControls: [GrantControl] = [],
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
