/// A step of a flow that the sign-in went through, with what happened there.
public struct TakenStep: Sendable, Hashable {
    public let flow: FlowID
    public let number: Int
    public let event: StepEvent

    /// One line for people, derived from the event so evaluating builds no strings.
    public var narration: String { event.narration }
}

/// What happened at a step. Each case has one narration, so guidance can quote it and tests can
/// compare it.
public enum StepEvent: String, Sendable, Hashable, CaseIterable, Codable {
    case signInStarted
    case policiesEvaluated
    case accessSettingsBlocked
    case trustAccepted
    case noTrustSkip
    case trustUnavailableSkip
    case claimsFound
    case claimsMissing
    case homeChallenge
    case homeChecksFailed
    case noInteractionNeeded
    case resourceTenantMfa
    case directConnectBlocked
    case deviceUnverifiable
    case redirectedToResourceTenant
    case redirectedToIdentityProvider
    case identityProviderTokenValidated
    case passcodeSent
    case passcodeDisabled
    case passcodeSubmitted
    case resourceTokenIssued
    case resourceTenantChallenge
    case resourceTenantBlocked
    case applicationRequiresMfa
    case mfaChallengeInResourceTenant
    case mfaRegistrationInResourceTenant

    public var narration: String {
        switch self {
        case .signInStarted: "The user starts from their home tenant and asks for a resource in the resource tenant."
        case .policiesEvaluated:
            "The resource tenant evaluates its Conditional Access policies and cross-tenant access settings."
        case .accessSettingsBlocked:
            "Cross-tenant access settings do not allow this user or application, so access is blocked before any policy."
        case .trustAccepted: "Inbound trust accepts claims from the home tenant that the policies need."
        case .noTrustSkip: "Inbound trust accepts none of the claims the policies need; skip to step 6."
        case .trustUnavailableSkip:
            "Trust settings need licence P1 without security defaults, so none apply; skip to step 6."
        case .claimsFound: "The home session carries the trusted claims the policies need."
        case .claimsMissing: "The home session lacks a trusted claim the policies need."
        case .homeChallenge: "The home tenant challenges the user for what is missing."
        case .homeChecksFailed: "The missing claim cannot be produced, so access is blocked."
        case .noInteractionNeeded: "Nothing more is needed from the user."
        case .resourceTenantMfa: "The B2B collaboration user completes what is required in the resource tenant."
        case .directConnectBlocked:
            "A B2B direct connect user cannot be challenged by the resource tenant, so access is blocked."
        case .deviceUnverifiable: "The device requirement cannot be verified without trust, so access is blocked."
        case .redirectedToResourceTenant: "The resource sends the user to its own tenant, a trusted identity provider."
        case .redirectedToIdentityProvider:
            "The resource tenant recognises an external user and sends them to their identity provider to sign in."
        case .identityProviderTokenValidated:
            "The identity provider issues a token, which the resource tenant validates before evaluating its policies."
        case .passcodeSent: "The resource tenant recognises an email one-time passcode user and emails a code."
        case .passcodeDisabled: "Email one-time passcode is turned off in the resource tenant, so access is blocked."
        case .passcodeSubmitted: "The user submits the code and the resource tenant evaluates its policies."
        case .resourceTokenIssued: "Every policy is met, so the resource tenant issues its token."
        case .resourceTenantChallenge: "The resource tenant requires more before it issues its token."
        case .resourceTenantBlocked: "A policy cannot be met, so the resource tenant blocks access."
        case .applicationRequiresMfa: "A policy of the resource tenant requires MFA for this access."
        case .mfaChallengeInResourceTenant: "The user completes MFA in the resource tenant."
        case .mfaRegistrationInResourceTenant:
            "With no method registered there, the user first registers MFA in the resource tenant."
        }
    }
}
