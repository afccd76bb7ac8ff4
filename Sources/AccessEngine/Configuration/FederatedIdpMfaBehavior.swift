/// Graph's `federatedIdpMfaBehavior` on a federated domain's `internalDomainFederation`: whether
/// Microsoft Entra ID accepts, demands or ignores MFA done by the federated identity provider
/// (concept-authentication-strength-how-it-works § Federated user experience).
public enum FederatedIdpMfaBehavior: String, DocumentVocabulary {
    /// MFA from the federated provider is accepted when it was done; otherwise Entra does it.
    case acceptIfMfaDoneByFederatedIdp
    /// Only MFA done by the federated provider satisfies MFA: Entra sends the user there.
    case enforceMfaByFederatedIdp
    /// Entra always does MFA itself; the federated provider's claim is not accepted.
    case rejectMfaByFederatedIdp
}
