/// The keys a sign-in file may use, as a tree: Graph's What If request names plus the `guest`
/// block. A key outside it is an error that names the nearest known key, because a misspelt
/// condition silently left out is a wrong answer to the admin's own question.
indirect enum SignInSchema: Sendable {
    /// An object whose members are listed; `open` objects take any key (device attributes).
    case object([String: SignInSchema])
    case open
    case value

    static let root = SignInSchema.object([
        "signInIdentity": .object([
            "userId": .value, "externalTenantId": .value, "externalUserType": .value,
        ]),
        "signInContext": .object([
            "includeApplications": .value, "userAction": .value, "authenticationContextValue": .value,
        ]),
        "signInConditions": .object([
            "clientAppType": .value, "devicePlatform": .value, "ipAddress": .value, "country": .value,
            "signInRiskLevel": .value, "userRiskLevel": .value, "deviceInfo": .open,
        ]),
        "guest": .object([
            "identityProvider": .value, "accessPath": .value,
            "homeSession": .object(["mfa": .value, "deviceCompliant": .value, "hybridJoined": .value]),
            "registeredMethods": .object(["home": .value, "resource": .value]),
            "groups": .value, "roles": .value, "homeGroups": .value, "redeemed": .value, "acceptedTermsOfUse": .value,
            "homeOutbound": .object([
                "usersAndGroups": .object(["accessType": .value, "targets": .value]),
                "applications": .object(["accessType": .value, "targets": .value]),
            ]),
        ]),
        // Graph's evaluate request asks for this; Crosswalk always reports every policy.
        "appliedPoliciesOnly": .value,
    ])

    /// Graph What If names Crosswalk does not evaluate: an error saying so, rather than "unknown".
    static let unsupported: [String: String] = [
        "servicePrincipalId":
            "a workload identity (servicePrincipalSignIn) sign-in; Crosswalk evaluates user sign-ins only",
        "authenticationFlow": "authentication flows (device code, transfer) are not evaluated by Crosswalk",
        "insiderRiskLevel": "insider risk is not evaluated by Crosswalk",
        "servicePrincipalRiskLevel":
            "service principal risk applies to workload identities, which Crosswalk does not evaluate",
    ]
}
