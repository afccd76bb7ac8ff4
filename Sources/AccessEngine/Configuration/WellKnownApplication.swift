/// Names of Microsoft's first-party applications that Conditional Access policies commonly
/// target by application id. Graph exports carry only the ids.
public enum WellKnownApplication {
    /// Application id (lower case) → name as the Entra admin center shows it.
    public static let names: [String: String] = [
        "00000003-0000-0ff1-ce00-000000000000": "Office 365 SharePoint Online",
        "00000002-0000-0ff1-ce00-000000000000": "Office 365 Exchange Online",
        "00000003-0000-0000-c000-000000000000": "Microsoft Graph",
        "797f4846-ba00-4fd7-ba43-dac1f8f63013": "Windows Azure Service Management API",
        "cc15fd57-2c6c-4117-a88c-83b1d56b4bbe": "Microsoft Teams Services",
        "1fec8e78-bce4-4aaf-ab1b-5451cc387264": "Microsoft Teams",
        "00000002-0000-0000-c000-000000000000": "Windows Azure Active Directory",
        "office365": "Office 365",
        "microsoftadminportals": "Microsoft Admin Portals",
    ]
}
