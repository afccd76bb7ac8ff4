extension MethodLabels {
    /// `label: modes`. Case, dashes, bold and Microsoft's renames (`Renames+Data.swift`: SMS and
    /// "Text message", Azure AD and Microsoft Entra, ...) are ignored when labels are compared, so
    /// one line covers every spelling of a rename.
    static let data = #"""
        Text message as second factor: password, sms
        Text message: password, sms
        Voice call: password, voice
        Microsoft Authenticator push notification: password, microsoftAuthenticatorPush
        Microsoft Authenticator phone sign-in: deviceBasedPush
        OATH software token: password, softwareOath
        OATH hardware token: password, hardwareOath
        FIDO2 security key: fido2
        Passkey (FIDO2): fido2
        Windows Hello for Business: windowsHelloForBusiness
        Certificate-based authentication (multifactor): x509CertificateMultiFactor
        Certificate-based authentication: x509CertificateMultiFactor
        Temporary Access Pass (one-time use): temporaryAccessPassOneTime
        Temporary Access Pass (multi-use): temporaryAccessPassMultiUse
        """#
}
