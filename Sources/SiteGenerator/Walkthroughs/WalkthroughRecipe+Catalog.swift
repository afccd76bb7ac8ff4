import AccessEngine

extension WalkthroughRecipe {
    private static let yesNo = [WalkthroughOption("true", "Yes"), WalkthroughOption("false", "No")]
    private static let mfaDemands: [String] = ["mfa", "phishingResistant", "mfaAndCompliantDevice"]
    private static let deviceDemands: [String] = ["compliantDevice", "mfaAndCompliantDevice"]

    /// Six steps between two Microsoft Entra organisations: trust decides where MFA happens.
    static let entraCrossTenant = WalkthroughRecipe(
        flow: .entraCrossTenant,
        opening:
            "Adele, a user of another Microsoft Entra organisation (her home tenant), opens an app that the resource tenant shares with her.",
        dimensions: [
            WalkthroughDimension(
                id: "license", label: "Resource tenant licence",
                options: [
                    WalkthroughOption("p1", "Microsoft Entra ID P1 (Conditional Access)"),
                    WalkthroughOption("free", "Free (security defaults)"),
                ]),
            WalkthroughDimension(
                id: "policy.demand", label: "What the resource tenant's policy demands of guests",
                options: [
                    WalkthroughOption("mfa", "MFA"),
                    WalkthroughOption("phishingResistant", "Phishing-resistant MFA (authentication strength)"),
                    WalkthroughOption("compliantDevice", "A compliant device"),
                    WalkthroughOption("mfaAndCompliantDevice", "MFA and a compliant device"),
                ],
                requires: ["license": ["p1"]],
                notApplicable: "A free tenant has no Conditional Access; security defaults require MFA."),
            WalkthroughDimension(
                id: "guest.accessPath", label: "How the user reaches the resource",
                options: [
                    WalkthroughOption("b2bCollaboration", "B2B collaboration (guest account)"),
                    WalkthroughOption("b2bDirectConnect", "B2B direct connect (Teams shared channel)"),
                ]),
            WalkthroughDimension(
                id: "crossTenantAccessPolicy.default.inboundTrust.isMfaAccepted",
                label: "Inbound trust accepts MFA from the home tenant",
                options: yesNo, defaultValue: "true",
                requires: ["license": ["p1"], "policy.demand": mfaDemands],
                notApplicable: "Only matters when a policy asks for MFA and trust settings can be used (P1)."),
            WalkthroughDimension(
                id: "guest.homeSession.mfa", label: "MFA the user already did at home",
                options: [
                    WalkthroughOption("", "None yet"),
                    WalkthroughOption("password,microsoftAuthenticatorPush", "Password and Authenticator push"),
                    WalkthroughOption("fido2", "FIDO2 security key"),
                ],
                defaultValue: "password,microsoftAuthenticatorPush",
                requires: ["crossTenantAccessPolicy.default.inboundTrust.isMfaAccepted": ["true"]],
                notApplicable: "Home MFA counts only when inbound trust accepts it."),
            WalkthroughDimension(
                id: "crossTenantAccessPolicy.default.inboundTrust.isCompliantDeviceAccepted",
                label: "Inbound trust accepts compliant-device claims",
                options: yesNo,
                requires: ["license": ["p1"], "policy.demand": deviceDemands],
                notApplicable: "Only matters when a policy asks for a compliant device."),
            WalkthroughDimension(
                id: "guest.homeSession.deviceCompliant", label: "The home tenant says the device is compliant",
                options: yesNo,
                requires: ["crossTenantAccessPolicy.default.inboundTrust.isCompliantDeviceAccepted": ["true"]],
                notApplicable: "The device claim counts only when inbound trust accepts it."),
        ],
        scenario: { WalkthroughScenario.from($0, identityProvider: "entraId") }
    )

    /// Google, Facebook, SAML/WS-Fed and Microsoft account users: no claim can be trusted.
    static let externalIdentityProvider = WalkthroughRecipe(
        flow: .externalIdentityProvider,
        opening:
            "Sam, a guest whose account is not in any Microsoft Entra organisation, opens an app of the resource tenant.",
        dimensions: [
            WalkthroughDimension(
                id: "guest.identityProvider", label: "Where the user signs in",
                options: [
                    WalkthroughOption("google", "Google"),
                    WalkthroughOption("facebook", "Facebook"),
                    WalkthroughOption("samlWsFed", "A SAML/WS-Fed identity provider"),
                    WalkthroughOption("microsoftAccount", "A Microsoft account"),
                ]),
            WalkthroughDimension(
                id: "policy.demand", label: "What the resource tenant's policy demands of guests",
                options: [
                    WalkthroughOption("mfa", "MFA"),
                    WalkthroughOption("compliantDevice", "A compliant device"),
                    WalkthroughOption("nothing", "Nothing (no policy applies)"),
                ]),
            WalkthroughDimension(
                id: "guest.registeredMethods.resource", label: "Methods registered in the resource tenant",
                options: [
                    WalkthroughOption("", "None yet"),
                    WalkthroughOption("microsoftAuthenticatorPush", "Microsoft Authenticator"),
                ],
                requires: ["policy.demand": ["mfa"]],
                notApplicable: "Only matters when a policy asks for MFA."),
        ],
        scenario: { answers in
            WalkthroughScenario.from(answers, identityProvider: answers["guest.identityProvider"] ?? "google")
        }
    )

    /// Email one-time passcode users, when the tenant allows it.
    static let emailOneTimePasscode = WalkthroughRecipe(
        flow: .emailOneTimePasscode,
        opening:
            "Sam, a guest who signs in with a one-time passcode sent by email, opens an app of the resource tenant.",
        dimensions: [
            WalkthroughDimension(
                id: "emailOneTimePasscodeEnabled", label: "Email one-time passcode is turned on in the resource tenant",
                options: yesNo),
            WalkthroughDimension(
                id: "policy.demand", label: "What the resource tenant's policy demands of guests",
                options: [WalkthroughOption("mfa", "MFA"), WalkthroughOption("nothing", "Nothing (no policy applies)")]),
            WalkthroughDimension(
                id: "guest.registeredMethods.resource", label: "Methods registered in the resource tenant",
                options: [WalkthroughOption("", "None yet"), WalkthroughOption("sms", "Text message (SMS)")],
                requires: ["policy.demand": ["mfa"]],
                notApplicable: "Only matters when a policy asks for MFA."),
        ],
        scenario: { WalkthroughScenario.from($0, identityProvider: "emailOneTimePasscode") }
    )

    /// MFA done, and first registered, in the resource tenant by a Google user.
    static let resourceTenantMfa = WalkthroughRecipe(
        flow: .resourceTenantMfa,
        opening: "Sam, a guest who signs in with a Google account, opens an app of the resource tenant.",
        dimensions: [
            WalkthroughDimension(
                id: "policy.demand", label: "When the resource tenant's policy asks for MFA",
                options: [
                    WalkthroughOption("mfa", "On every sign-in"),
                    WalkthroughOption("mfaForRiskySignIns", "Only for medium or high sign-in risk"),
                ]),
            WalkthroughDimension(
                id: "signInConditions.signInRiskLevel", label: "Sign-in risk",
                options: [WalkthroughOption("none", "None"), WalkthroughOption("high", "High")],
                requires: ["policy.demand": ["mfaForRiskySignIns"]],
                notApplicable: "Only matters for a risk-based policy."),
            WalkthroughDimension(
                id: "guest.registeredMethods.resource", label: "Methods registered in the resource tenant",
                options: [WalkthroughOption("", "None yet"), WalkthroughOption("sms", "Text message (SMS)")]),
        ],
        scenario: { WalkthroughScenario.from($0, identityProvider: "google") }
    )
}
