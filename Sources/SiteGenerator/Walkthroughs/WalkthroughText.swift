import AccessEngine

/// The words the page uses for verdicts, places and block reasons, shared by the pre-rendered
/// fallback and (through the payload) the player, so both say the same thing.
enum WalkthroughText {
    static func verdict(_ verdict: String) -> String {
        switch verdict {
        case "granted": "Granted"
        case "challenged": "Challenged"
        case "blocked": "Blocked"
        default: verdict
        }
    }

    static func verdictDetail(_ verdict: String) -> String {
        switch verdict {
        case "granted": "Access without any further interaction."
        case "challenged": "The user must do something first."
        case "blocked": "Access is refused."
        default: ""
        }
    }

    static func mfa(_ place: String) -> String {
        switch place {
        case "homeTenant": "In the home tenant"
        case "resourceTenant": "In the resource tenant"
        default: "Nowhere: no MFA is done"
        }
    }

    static let verdicts = ["granted", "challenged", "blocked"]
    static let places = ["homeTenant", "resourceTenant", "none"]

    static func reason(_ code: String?) -> String {
        guard let code, let reason = BlockReason(rawValue: code) else { return "" }
        switch reason {
        case .blockedByPolicy: return "A policy blocks this access."
        case .directConnectMfaWithoutTrust:
            return "B2B direct connect users can only bring MFA from home, and inbound trust does not accept it."
        case .deviceClaimNotTrusted: return "The device requirement needs a device claim that inbound trust does not accept."
        case .deviceClaimMissing: return "Trust accepts the device claim, but the home session does not carry one."
        case .unsupportedControlForExternalUser: return "The control cannot be met by an external user."
        case .strengthUnsatisfiable: return "No method of the required strength can be used where MFA has to happen."
        case .strengthNotSupportedForIdentityProvider:
            return "Authentication strengths apply only to users who sign in with Microsoft Entra ID."
        case .riskWithoutRegisteredMfa: return "A risk-based policy needs MFA and no method is registered in the resource tenant."
        case .passwordChangeForExternalUser: return "An external user's password lives elsewhere and cannot be changed here."
        case .customControlAcrossTenants: return "Custom controls are not honoured across tenants."
        case .emailOneTimePasscodeDisabled: return "Email one-time passcode is turned off in the resource tenant."
        case .deviceRequirementNotMet: return "The device is not compliant or not hybrid joined."
        case .unsupportedControlForPlatform: return "The control is not available on this device platform."
        }
    }

    static func control(_ control: String) -> String {
        GrantControl(rawValue: control)?.portalLabel ?? control
    }

    static func requirement(_ requirement: Requirement) -> String {
        let place = requirement.location == .homeTenant ? "in the home tenant" : "in the resource tenant"
        var text = "\(requirement.control.portalLabel): \(status(requirement.status.rawValue)), \(place)"
        if requirement.registrationRequired { text += ", after registering a method there" }
        return text
    }

    static func status(_ status: String) -> String {
        switch status {
        case "satisfiedByClaim": "met by a claim in the token"
        case "challenge": "the user is challenged"
        case "unsatisfiable": "cannot be met"
        default: status
        }
    }
}
