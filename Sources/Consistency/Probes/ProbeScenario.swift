import AccessEngine
import Foundation

/// A minimal resource tenant and sign-in, built to ask the engine one question (can this kind of
/// external user meet this control, under these trust settings?).
///
/// Probes are written as Graph JSON and read by the engine's own decoder, so they exercise the
/// same path as a tenant an admin exports.
struct ProbeScenario {
    enum Demand {
        case grant(GrantControl)
        case session(SessionControl)
        case strength(AuthenticationMethodModes)
    }

    var demand: Demand
    var accessPath: AccessPath
    var trust: Set<TrustedClaimKind> = []
    var homeMFA = AuthenticationMethodModes([.password, .microsoftAuthenticatorPush])
    var registeredInResource = AuthenticationMethodModes([.password, .microsoftAuthenticatorPush])
    /// The service behaviour the probe is evaluated under.
    var behaviour = Behaviour.latest

    enum TrustedClaimKind: CaseIterable { case mfa, compliantDevice, hybridJoinedDevice }

    static let homeTenantId = "5f0c1d2e-0000-4000-8000-000000000001"

    func evaluate() throws(DocumentError) -> Evaluation {
        let tenant = try Tenant(document: DocumentValue(jsonText: tenantJSON))
        let signIn = try SignIn(document: DocumentValue(jsonText: signInJSON))
        return try CompiledTenant(tenant, behaviour: behaviour).evaluate(signIn)
    }

    private var userType: String {
        accessPath == .b2bDirectConnect ? "b2bDirectConnectUser" : "b2bCollaborationGuest"
    }

    var tenantJSON: String {
        var grant = "null"
        var session = "null"
        var strengths = "[]"
        switch demand {
        case .grant(let control):
            switch control {
            case .termsOfUse:
                grant = #"{"operator": "OR", "builtInControls": [], "termsOfUse": ["probe-terms"]}"#
            case .customControl:
                grant = #"{"operator": "OR", "builtInControls": [], "customAuthenticationFactors": ["probe-factor"]}"#
            case .authenticationStrength:
                grant =
                    #"{"operator": "OR", "builtInControls": [], "authenticationStrength": {"id": "00000000-0000-0000-0000-000000000002"}}"#
            default:
                grant = #"{"operator": "OR", "builtInControls": ["\#(control.rawValue)"]}"#
            }
        case .session(let control):
            session = Self.sessionJSON(control)
        case .strength(let modes):
            grant = #"{"operator": "OR", "builtInControls": [], "authenticationStrength": {"id": "probe-strength"}}"#
            strengths =
                #"[{"id": "probe-strength", "displayName": "Probe strength", "policyType": "custom", "allowedCombinations": ["\#(modes.description)"]}]"#
        }
        return #"""
            {
              "tenantId": "7a1e9f30-0000-4000-8000-000000000002",
              "displayName": "Probe resource tenant",
              "license": "p1",
              "conditionalAccessPolicies": [{
                "id": "probe-policy",
                "displayName": "Probe policy",
                "state": "enabled",
                "conditions": {
                  "users": {"includeGuestsOrExternalUsers": {"guestOrExternalUserTypes": "\#(userType)", "externalTenants": {"membershipKind": "all"}}},
                  "applications": {"includeApplications": ["All"]}
                },
                "grantControls": \#(grant),
                "sessionControls": \#(session)
              }],
              "authenticationStrengthPolicies": \#(strengths),
              "crossTenantAccessPolicy": {"default": {"inboundTrust": {
                "isMfaAccepted": \#(trust.contains(.mfa)),
                "isCompliantDeviceAccepted": \#(trust.contains(.compliantDevice)),
                "isHybridAzureADJoinedDeviceAccepted": \#(trust.contains(.hybridJoinedDevice))
              },
              "b2bDirectConnectInbound": {
                "usersAndGroups": {"accessType": "allowed", "targets": [{"target": "AllUsers", "targetType": "user"}]},
                "applications": {"accessType": "allowed", "targets": [{"target": "AllApplications", "targetType": "application"}]}
              }}}
            }
            """#
    }

    private static func sessionJSON(_ control: SessionControl) -> String {
        switch control {
        case .applicationEnforcedRestrictions: #"{"applicationEnforcedRestrictions": {"isEnabled": true}}"#
        case .cloudAppSecurity: #"{"cloudAppSecurity": {"isEnabled": true, "cloudAppSecurityType": "monitorOnly"}}"#
        case .signInFrequency: #"{"signInFrequency": {"isEnabled": true, "value": 1, "type": "hours"}}"#
        case .persistentBrowser: #"{"persistentBrowser": {"isEnabled": true, "mode": "never"}}"#
        }
    }

    var signInJSON: String {
        #"""
        {
          "signInIdentity": {"userId": "probe-user", "externalTenantId": "\#(Self.homeTenantId)", "externalUserType": "\#(userType)"},
          "signInContext": {"includeApplications": ["00000003-0000-0ff1-ce00-000000000000"]},
          "signInConditions": {"clientAppType": "browser", "devicePlatform": "windows"},
          "guest": {
            "identityProvider": "entraId",
            "accessPath": "\#(accessPath.rawValue)",
            "homeSession": {"mfa": ["\#(homeMFA.description)"], "deviceCompliant": true, "hybridJoined": true},
            "registeredMethods": {"home": "\#(homeMFA.description)", "resource": "\#(registeredInResource.description)"}
          }
        }
        """#
    }
}
