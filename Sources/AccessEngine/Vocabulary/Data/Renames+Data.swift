extension Renames {
    /// `old => canonical`, compared as lower-case words. Add a line when Microsoft renames a
    /// product, a feature or a method label; every heading and label is read through these.
    static let data = #"""
        # Microsoft Entra ID, formerly Azure Active Directory (renamed July 2023). "Microsoft Entra"
        # alone is the canonical form, since Learn writes both "Microsoft Entra users" and
        # "Microsoft Entra ID users".
        Azure Active Directory => Microsoft Entra
        Azure AD => Microsoft Entra
        AAD => Microsoft Entra
        Microsoft Entra ID => Microsoft Entra
        Entra ID => Microsoft Entra

        # Multifactor authentication, spelt three ways over the years.
        Multi-Factor Authentication => multifactor authentication
        Multi factor authentication => multifactor authentication
        MFA => multifactor authentication

        # The text-message method: "SMS" in Graph and older portals, "Text message" today.
        Text message (SMS) => text message
        SMS => text message

        # Phone call.
        Phone call => voice call
        """#
}
