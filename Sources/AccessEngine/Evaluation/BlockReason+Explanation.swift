extension BlockReason {
    /// Why the sign-in is refused, in one sentence for people: what `whatif`, the walkthroughs
    /// and the What If page show beside the code.
    public var explanation: String {
        switch self {
        case .blockedByPolicy: "A policy blocks this access."
        case .directConnectMfaWithoutTrust:
            "B2B direct connect users can only bring MFA from home, and inbound trust does not accept it."
        case .deviceClaimNotTrusted: "The device requirement needs a device claim that inbound trust does not accept."
        case .deviceClaimMissing: "Trust accepts the device claim, but the home session does not carry one."
        case .unsupportedControlForExternalUser: "The control cannot be met by an external user."
        case .strengthUnsatisfiable: "No method of the required strength can be used where MFA has to happen."
        case .strengthNotSupportedForIdentityProvider:
            "Authentication strengths apply only to users who sign in with Microsoft Entra ID."
        case .riskWithoutRegisteredMfa:
            "A risk-based policy needs MFA and no method is registered in the resource tenant."
        case .passwordChangeForExternalUser: "An external user's password lives elsewhere and cannot be changed here."
        case .customControlAcrossTenants: "Custom controls are not honoured across tenants."
        case .emailOneTimePasscodeDisabled: "Email one-time passcode is turned off in the resource tenant."
        case .deviceRequirementNotMet: "The device is not compliant or not hybrid joined."
        case .unsupportedControlForPlatform: "The control is not available on this device platform."
        case .inboundAccessBlocked:
            "The resource tenant's cross-tenant access settings do not let this user in on this access path."
        case .inboundApplicationBlocked:
            "The resource tenant's cross-tenant access settings do not let external users of this organisation use this application."
        case .outboundAccessBlocked:
            "The home tenant's cross-tenant access settings do not let this user out to this tenant or application."
        case .directConnectOnlyForSharedChannels:
            "B2B direct connect reaches Teams shared channels only; a direct connect user has no account here for anything else."
        case .directConnectMfaNotDoneAtHome:
            "B2B direct connect users must arrive with MFA done at home; the resource tenant cannot prompt them."
        case .passcodeOffMicrosoftAccountNeeded:
            "Email one-time passcode is off and the invitation is not yet redeemed, so the guest is asked to create a Microsoft account instead."
        case .legacyClientCannotPerformMfa:
            "Legacy and Exchange ActiveSync clients can neither show a prompt nor carry MFA, so the control blocks them."
        case .registrationOutsideSignIn:
            "Every method the strength allows (passkey, Windows Hello, certificate, phone sign-in) must be registered before signing in; none is."
        }
    }
}
