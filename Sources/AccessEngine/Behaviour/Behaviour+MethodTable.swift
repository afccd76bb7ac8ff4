extension Behaviour {
    /// One revision of "Table 1": the MFA methods external users can use, by tenant.
    struct MethodTableRevision: Sendable {
        let change: BehaviourChange
        let home: AuthenticationMethodModes
        let resource: AuthenticationMethodModes
    }

    static let tableSource =
        "Authentication and Conditional Access for B2B users (external-id/authentication-conditional-access), Table 1"

    /// Table 1 as it stood at each revision.
    static let methodTables: [MethodTableRevision] = [
        // Seed 004's revision: phone sign-in accepted in both tenants; no certificate row.
        MethodTableRevision(
            change: BehaviourChange(
                id: "table1-2024-02", effective: BehaviourDate(year: 2024, month: 2, day: 5)!,
                source: "\(tableSource), revision of 2024-02-05",
                summary:
                    "Table 1 lists SMS, voice call, Authenticator push and phone sign-in, OATH software and hardware tokens, FIDO2 and Windows Hello for Business"
            ),
            home: AuthenticationMethodModes([
                .sms, .voice, .microsoftAuthenticatorPush, .deviceBasedPush, .softwareOath, .hardwareOath, .fido2,
                .windowsHelloForBusiness,
            ]),
            resource: AuthenticationMethodModes([
                .sms, .voice, .microsoftAuthenticatorPush, .deviceBasedPush, .softwareOath,
            ])),
        // The revision of 15 May 2024: phone sign-in is no longer offered in the resource tenant,
        // and certificate-based authentication is accepted from the home tenant only.
        MethodTableRevision(
            change: BehaviourChange(
                id: "table1-2024-05", effective: BehaviourDate(year: 2024, month: 5, day: 15)!,
                source: "\(tableSource), revision of 2024-05-15",
                summary:
                    "Microsoft Authenticator phone sign-in is no longer offered in the resource tenant, and certificate-based authentication is accepted from the home tenant"
            ),
            home: AuthenticationMethodModes([
                .sms, .voice, .microsoftAuthenticatorPush, .deviceBasedPush, .softwareOath, .hardwareOath, .fido2,
                .windowsHelloForBusiness, .x509CertificateMultiFactor,
            ]),
            resource: AuthenticationMethodModes([.sms, .voice, .microsoftAuthenticatorPush, .softwareOath])),
    ]
}
