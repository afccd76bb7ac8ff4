import AccessEngine

/// A row of a comparison table: a grant control or a session control.
enum MatrixControl: Sendable, Hashable {
    case grant(GrantControl)
    case session(SessionControl)

    var name: String {
        switch self {
        case .grant(let control): control.rawValue
        case .session(let control): control.rawValue
        }
    }
}

/// The labels of the Entra admin center and of Microsoft's articles, as authors copy them.
enum PortalVocabulary {
    static let controls = LabelMatcher<MatrixControl>(
        GrantControl.allCases.map { ($0.portalLabel, MatrixControl.grant($0)) }
            + SessionControl.allCases.map { ($0.portalLabel, MatrixControl.session($0)) }
            + controlAliases,
        prefixes: ["grant controls", "grant control", "session controls", "session control"],
        renames: .standard
    )

    private static let controlAliases: [(String, MatrixControl)] = [
        ("Block", .grant(.block)),
        ("Require MFA", .grant(.mfa)),
        ("Require multi-factor authentication", .grant(.mfa)),
        ("Require device to be marked as compliant", .grant(.compliantDevice)),
        ("Require hybrid Azure AD joined device", .grant(.domainJoinedDevice)),
        ("Require hybrid joined device", .grant(.domainJoinedDevice)),
        ("Require Terms of Use", .grant(.termsOfUse)),
        ("Custom controls", .grant(.customControl)),
        ("Use Conditional Access App Control", .session(.cloudAppSecurity)),
        ("Conditional Access App Control", .session(.cloudAppSecurity)),
        ("Sign-in frequency", .session(.signInFrequency)),
    ]

    static let userKinds = LabelMatcher<AccessPath>([
        ("B2B collaboration users", .b2bCollaboration),
        ("B2B collaboration guest users", .b2bCollaboration),
        ("B2B collaboration", .b2bCollaboration),
        ("B2B direct connect users", .b2bDirectConnect),
        ("B2B direct connect", .b2bDirectConnect),
    ])

    /// Table 1's method names, as Graph's `authenticationMethodModes` combinations; the labels
    /// are data, in `Data/MethodLabels+Data.swift`, read through Microsoft's renames.
    static let methods = LabelMatcher<AuthenticationMethodModes>(
        MethodLabels.entries.map { ($0.label, AuthenticationMethodModes($0.modes)) },
        renames: .standard
    )
}
