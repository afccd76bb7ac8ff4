/// An authentication strength split by where its combinations can be performed by an external
/// user (seed 004, Table 1).
final class CompiledStrength: Sendable {
    let id: String
    let all: [AuthenticationMethodModes]
    /// Combinations acceptable as a home-tenant MFA claim.
    let home: [AuthenticationMethodModes]
    /// Combinations an external user can perform in the resource tenant.
    let resource: [AuthenticationMethodModes]

    /// Second factors Table 1 accepts from the home tenant.
    static let homeTenantMethods = AuthenticationMethodModes([
        .sms, .voice, .microsoftAuthenticatorPush, .deviceBasedPush, .softwareOath, .hardwareOath,
        .fido2, .windowsHelloForBusiness,
    ])
    /// Second factors Table 1 allows in the resource tenant.
    static let resourceTenantMethods = AuthenticationMethodModes([
        .sms, .voice, .microsoftAuthenticatorPush, .deviceBasedPush, .softwareOath,
    ])

    init(_ policy: AuthenticationStrengthPolicy) {
        id = policy.id
        all = policy.allowedCombinations
        let password = AuthenticationMethodModes(.password)
        let homeAllowed = Self.homeTenantMethods.union(password)
        let resourceAllowed = Self.resourceTenantMethods.union(password)
        home = all.filter { $0.isSubset(of: homeAllowed) && $0 != password }
        resource = all.filter { $0.isSubset(of: resourceAllowed) && $0 != password }
    }

    /// Whether one of the completed combinations covers one of `combinations`.
    static func isMet(
        by completed: [AuthenticationMethodModes], in combinations: [AuthenticationMethodModes]
    ) -> Bool {
        for done in completed {
            for allowed in combinations where allowed.isSubset(of: done) { return true }
        }
        return false
    }

    /// Whether the user could perform one of `combinations` with methods already registered.
    static func isRegistered(
        _ registered: AuthenticationMethodModes, for combinations: [AuthenticationMethodModes]
    ) -> Bool {
        let available = registered.union(AuthenticationMethodModes(.password))
        for allowed in combinations where allowed.isSubset(of: available) { return true }
        return false
    }
}
