import AccessEngine

/// A What If sign-in as a sign-in file `crosswalk whatif` reads: Graph's What If names plus the
/// `guest` block. The browser tests open the page with a combination's answers and compare its
/// verdict with `crosswalk whatif` on this file.
enum WhatIfSignInDocument {
    static func document(_ signIn: SignIn) -> JSONDocument {
        var identity: [(String, JSONDocument)] = [("userId", .string(signIn.identity.userId))]
        if let tenant = signIn.identity.externalTenantId { identity.append(("externalTenantId", .string(tenant))) }
        if let type = signIn.identity.externalUserType { identity.append(("externalUserType", .string(type.rawValue))) }
        var applications: [String] = []
        if case .applications(let apps) = signIn.context { applications = apps }
        let conditions = signIn.conditions
        var given: [(String, JSONDocument)] = []
        if let client = conditions.clientAppType { given.append(("clientAppType", .string(client.rawValue))) }
        if let platform = conditions.devicePlatform { given.append(("devicePlatform", .string(platform.rawValue))) }
        if let address = conditions.ipAddress { given.append(("ipAddress", .string(address))) }
        if let country = conditions.country { given.append(("country", .string(country))) }
        given.append(("signInRiskLevel", .string(conditions.signInRiskLevel.rawValue)))
        given.append(("userRiskLevel", .string(conditions.userRiskLevel.rawValue)))
        var members: [(String, JSONDocument)] = [
            ("signInIdentity", .object(identity)),
            ("signInContext", .object([("includeApplications", .array(applications.map(JSONDocument.string)))])),
            ("signInConditions", .object(given)),
        ]
        if let guest = signIn.guest {
            var block: [(String, JSONDocument)] = []
            if let provider = guest.identityProvider { block.append(("identityProvider", .string(provider.rawValue))) }
            if let path = guest.accessPath { block.append(("accessPath", .string(path.rawValue))) }
            block.append(
                (
                    "homeSession",
                    .object([
                        (
                            "mfa",
                            .array(
                                guest.homeSession.mfa.map { .string($0.modes.map(\.rawValue).joined(separator: ",")) })
                        ),
                        ("deviceCompliant", .bool(guest.homeSession.deviceCompliant)),
                        ("hybridJoined", .bool(guest.homeSession.hybridJoined)),
                    ])
                ))
            block.append(
                (
                    "registeredMethods",
                    .object([
                        ("resource", .array(guest.registeredMethods.resource.modes.map { .string($0.rawValue) }))
                    ])
                ))
            block.append(("groups", .array(guest.groups.map(JSONDocument.string))))
            block.append(("roles", .array(guest.roles.map(JSONDocument.string))))
            block.append(("redeemed", .bool(guest.redeemed)))
            members.append(("guest", .object(block)))
        }
        return .object(members)
    }
}
