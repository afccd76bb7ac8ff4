extension AuthenticationStrengthPolicy {
    /// The revision of the built-in strengths below. Microsoft adds combinations over time;
    /// bumping this makes a change visible in published pages.
    public static let builtInRevision = "2024-02"

    /// Microsoft's three built-in strengths, as Graph lists them.
    public static let builtIn: [AuthenticationStrengthPolicy] = [
        multifactor, passwordlessMultifactor, phishingResistantMultifactor,
    ]

    public static let multifactor = AuthenticationStrengthPolicy(
        id: "00000000-0000-0000-0000-000000000002",
        displayName: "Multifactor authentication",
        policyType: .builtIn,
        allowedCombinations: combinations([
            [.windowsHelloForBusiness], [.fido2], [.x509CertificateMultiFactor],
            [.deviceBasedPush], [.temporaryAccessPassOneTime], [.temporaryAccessPassMultiUse],
            [.password, .microsoftAuthenticatorPush], [.password, .softwareOath],
            [.password, .hardwareOath], [.password, .sms], [.password, .voice],
            [.federatedMultiFactor], [.microsoftAuthenticatorPush, .federatedSingleFactor],
            [.softwareOath, .federatedSingleFactor], [.hardwareOath, .federatedSingleFactor],
            [.sms, .federatedSingleFactor], [.voice, .federatedSingleFactor],
        ])
    )

    public static let passwordlessMultifactor = AuthenticationStrengthPolicy(
        id: "00000000-0000-0000-0000-000000000003",
        displayName: "Passwordless MFA",
        policyType: .builtIn,
        allowedCombinations: combinations([
            [.windowsHelloForBusiness], [.fido2], [.x509CertificateMultiFactor],
            [.deviceBasedPush],
        ])
    )

    public static let phishingResistantMultifactor = AuthenticationStrengthPolicy(
        id: "00000000-0000-0000-0000-000000000004",
        displayName: "Phishing-resistant MFA",
        policyType: .builtIn,
        allowedCombinations: combinations([
            [.windowsHelloForBusiness], [.fido2], [.x509CertificateMultiFactor],
        ])
    )

    private static func combinations(
        _ lists: [[AuthenticationMethodMode]]
    ) -> [AuthenticationMethodModes] {
        lists.map(AuthenticationMethodModes.init)
    }
}
