import AccessEngine

/// How to play one flow: the questions (the flow's inputs plus what the policy demands) and how
/// an answer sheet becomes a tenant and a sign-in for the engine.
public struct WalkthroughRecipe: Sendable {
    public var flow: FlowID
    /// The first sentence of a challenge's story: who signs in, from where, to what. The
    /// answers drawn follow it, one sentence each. It names no organisation, since the
    /// article around the walkthrough may name its own.
    public var opening: String
    public var dimensions: [WalkthroughDimension]
    /// Turns complete answers (every dimension, defaults where collapsed) into the scenario.
    public var scenario: @Sendable ([String: String]) -> WalkthroughScenario

    /// The recipe for `flow`; every flow of the engine has one.
    public static func recipe(for flow: FlowID) -> WalkthroughRecipe {
        switch flow {
        case .entraCrossTenant: entraCrossTenant
        case .externalIdentityProvider: externalIdentityProvider
        case .emailOneTimePasscode: emailOneTimePasscode
        case .resourceTenantMfa: resourceTenantMfa
        }
    }
}

extension WalkthroughScenario {
    /// Applies the answers a recipe shares with others, by flow input path.
    mutating func apply(_ answers: [String: String]) {
        for (path, value) in answers {
            switch path {
            case "license": license = value
            case "policy.demand": demand = Demand(rawValue: value) ?? .mfa
            case "emailOneTimePasscodeEnabled": emailOneTimePasscodeEnabled = value == "true"
            case "crossTenantAccessPolicy.default.inboundTrust.isMfaAccepted": isMfaAccepted = value == "true"
            case "crossTenantAccessPolicy.default.inboundTrust.isCompliantDeviceAccepted":
                isCompliantDeviceAccepted = value == "true"
            case "guest.identityProvider": identityProvider = value
            case "guest.accessPath": accessPath = value
            case "guest.homeSession.mfa": homeMfa = value.isEmpty ? [] : [value]
            case "guest.homeSession.deviceCompliant": homeDeviceCompliant = value == "true"
            case "guest.registeredMethods.resource": registeredInResource = value.isEmpty ? [] : [value]
            case "signInConditions.signInRiskLevel": signInRiskLevel = value
            default: break
            }
        }
    }

    static func from(_ answers: [String: String], identityProvider: String) -> WalkthroughScenario {
        var scenario = WalkthroughScenario()
        scenario.identityProvider = identityProvider
        scenario.apply(answers)
        return scenario
    }
}
