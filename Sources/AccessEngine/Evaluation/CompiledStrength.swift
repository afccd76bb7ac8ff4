/// An authentication strength split by where its combinations can be performed by an external
/// user (Table 1, as of the behaviour date the tenant was compiled for).
final class CompiledStrength: Sendable {
    let id: String
    let all: [AuthenticationMethodModes]
    /// Combinations acceptable as a home-tenant MFA claim.
    let home: [AuthenticationMethodModes]
    /// Combinations an external user can perform in the resource tenant.
    let resource: [AuthenticationMethodModes]

    /// Methods a user cannot register while signing in ("interrupt mode"): they are set up
    /// beforehand, so a strength that allows only these blocks a user who has none
    /// (concept-authentication-strength-how-it-works, revision of 2025-03-17).
    static let registeredOutsideSignIn = AuthenticationMethodModes([
        .fido2, .windowsHelloForBusiness, .x509CertificateMultiFactor, .x509CertificateSingleFactor, .deviceBasedPush,
    ])

    /// Whether some combination could be registered during sign-in.
    static func canRegisterDuringSignIn(_ combinations: [AuthenticationMethodModes]) -> Bool {
        combinations.contains { $0.isDisjoint(with: registeredOutsideSignIn) }
    }

    /// - Parameter disabled: methods the resource tenant turned off; they count in the home
    ///   tenant, whose own policy governs what its users do there.
    init(_ policy: AuthenticationStrengthPolicy, behaviour: Behaviour, disabled: AuthenticationMethodModes = []) {
        id = policy.id
        let password = AuthenticationMethodModes(.password)
        let homeAllowed = behaviour.homeTenantMethods.union(password)
        let resourceAllowed = behaviour.resourceTenantMethods.union(password).subtracting(disabled)
        home = policy.allowedCombinations.filter { $0.isSubset(of: homeAllowed) && $0 != password }
        all = policy.allowedCombinations.filter { $0.isDisjoint(with: disabled) }
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
