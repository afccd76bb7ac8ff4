/// Graph's `authenticationMethodsPolicy`, reduced to what decides a sign-in in this tenant: the
/// methods its users — and guests doing MFA here — may not use because the tenant turned them off.
public struct AuthenticationMethodsPolicy: Sendable, Hashable {
    /// Methods whose configuration is `disabled`.
    public var disabledMethods: AuthenticationMethodModes

    public init(disabledMethods: AuthenticationMethodModes = []) {
        self.disabledMethods = disabledMethods
    }

    /// The modes a Graph `authenticationMethodConfiguration` id stands for (`Fido2`,
    /// `MicrosoftAuthenticator`, ...), compared without case; `nil` for ids Crosswalk does not
    /// model.
    public static func modes(forConfiguration id: String) -> AuthenticationMethodModes? {
        switch id.lowercased() {
        case "fido2": AuthenticationMethodModes([.fido2])
        case "microsoftauthenticator": AuthenticationMethodModes([.microsoftAuthenticatorPush, .deviceBasedPush])
        case "sms": AuthenticationMethodModes([.sms])
        case "voice": AuthenticationMethodModes([.voice])
        case "softwareoath": AuthenticationMethodModes([.softwareOath])
        case "hardwareoath": AuthenticationMethodModes([.hardwareOath])
        case "temporaryaccesspass":
            AuthenticationMethodModes([.temporaryAccessPassOneTime, .temporaryAccessPassMultiUse])
        case "email": AuthenticationMethodModes([.email])
        case "x509certificate": AuthenticationMethodModes([.x509CertificateSingleFactor, .x509CertificateMultiFactor])
        case "qrcodepin": AuthenticationMethodModes([.qrCodePin])
        default: nil
        }
    }
}
