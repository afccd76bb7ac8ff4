extension FlowHeadings {
    /// One section per flow id, one heading per line. "Example N:" before a heading, case and
    /// punctuation are ignored, and the renames of `Renames+Data.swift` are applied.
    static let data = #"""
        [entra-cross-tenant]
        Authentication flow for external Azure AD users

        [external-identity-provider]
        Authentication flow and token for a non-Azure AD external user
        Authentication flow for B2B guest users from an external directory
        Authentication flow for users of another identity provider

        [email-one-time-passcode]
        Authentication flow for B2B guest users with one time passcode
        Authentication flow for email one-time passcode users

        [resource-tenant-mfa]
        MFA for non-Entra external users
        Multi-factor authentication for B2B users
        Azure AD Multi-Factor Authentication for B2B users
        MFA at the resource tenant
        """#
}
