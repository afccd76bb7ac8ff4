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
        return reason.explanation
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
