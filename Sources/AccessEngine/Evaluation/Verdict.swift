/// The outcome of a sign-in.
public enum Decision: String, Sendable, Hashable, CaseIterable, Codable {
    /// Access without any interaction.
    case granted
    /// The user must do something first; see the requirements.
    case challenged
    case blocked
}

/// Why a sign-in is blocked, as a stable code that guidance and tests can name.
public enum BlockReason: String, Sendable, Hashable, CaseIterable, Codable {
    /// A policy with the block control applies.
    case blockedByPolicy
    /// MFA is required, the user is on B2B direct connect and inbound trust does not accept MFA
    /// from the home tenant (seed 004, step 6).
    case directConnectMfaWithoutTrust
    /// A compliant or hybrid joined device is required and inbound trust does not accept that
    /// claim from the home tenant (seed 004).
    case deviceClaimNotTrusted
    /// Trust accepts the device claim, but the home session carries none.
    case deviceClaimMissing
    /// Approved client app or app protection policy demanded of an external user, or terms of
    /// use or another control demanded of a B2B direct connect user (seed 004's table).
    case unsupportedControlForExternalUser
    /// No method of the required strength can be performed where MFA must happen (seed 004,
    /// Table 1).
    case strengthUnsatisfiable
    /// Authentication strength demanded of a user who does not authenticate with Microsoft
    /// Entra ID (seed 004's note).
    case strengthNotSupportedForIdentityProvider
    /// A sign-in-risk policy demands MFA and the guest has no method registered in the resource
    /// tenant (seed 004, "Risk-based Conditional Access").
    case riskWithoutRegisteredMfa
    /// Password change demanded of an external user, whose password lives elsewhere (seed 004).
    case passwordChangeForExternalUser
    /// Custom controls are not honoured across tenants (seed 004's note).
    case customControlAcrossTenants
    /// An email one-time passcode user when the tenant has the feature turned off.
    case emailOneTimePasscodeDisabled
    /// A member's device is not compliant or not hybrid joined.
    case deviceRequirementNotMet
    /// Approved client app or app protection policy on a platform other than iOS or Android.
    case unsupportedControlForPlatform
    /// A strength whose methods can only be registered outside sign-in (passkeys, Windows Hello
    /// for Business, certificates, phone sign-in), and the user has none of them registered
    /// where MFA happens (concept-authentication-strength-how-it-works, 2025-03-17).
    case registrationOutsideSignIn
    /// The resource tenant's inbound cross-tenant access setting does not let this user (or
    /// their home groups) in on this access path; checked before Conditional Access.
    case inboundAccessBlocked
    /// The inbound setting does not allow the application.
    case inboundApplicationBlocked
    /// The home tenant's outbound setting does not let the user out to this tenant or app.
    case outboundAccessBlocked
    /// B2B direct connect reaches Teams shared channels only; the user has no account in the
    /// resource tenant for anything else (b2b-direct-connect-overview, revision of 2026-04-24).
    case directConnectOnlyForSharedChannels
    /// A B2B direct connect user whose MFA is trusted but who did not do it at home: the
    /// resource tenant cannot prompt them (b2b-direct-connect-overview § MFA, revision of
    /// 2026-04-24, over the 2024 set-up article's "challenged at home").
    case directConnectMfaNotDoneAtHome
    /// An email one-time passcode guest who has not redeemed the invitation while the feature
    /// is off: they are asked to create a Microsoft account instead (one-time-passcode, revision
    /// of 2026-03-27).
    case passcodeOffMicrosoftAccountNeeded
    /// MFA, a strength, terms of use or a custom control demanded of Exchange ActiveSync or
    /// another legacy client, which can neither prompt nor carry MFA
    /// (concept-conditional-access-conditions § Client apps).
    case legacyClientCannotPerformMfa
}

/// Whether a requirement is already met, can be met by the user, or cannot be met at all.
public enum RequirementStatus: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    /// Met by a claim in the token ("MFA requirement satisfied by claim in the token", seed 003).
    case satisfiedByClaim
    case challenge
    case unsatisfiable

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Where a requirement is met.
public enum RequirementLocation: String, Sendable, Hashable, CaseIterable, Codable {
    case homeTenant
    case resourceTenant
}
