/// Names that stand for a set of Microsoft's first-party applications in policies and
/// cross-tenant access settings.
///
/// `Office365` covers the apps of the Office 365 suite (Microsoft Learn,
/// concept-conditional-access-cloud-apps § Office 365). The list holds the suite's core services
/// by application id; an application missing from it is treated as outside the suite.
public enum ApplicationGroup {
    public static let office365: Set<String> = [
        "00000002-0000-0ff1-ce00-000000000000",  // Office 365 Exchange Online
        "00000003-0000-0ff1-ce00-000000000000",  // Office 365 SharePoint Online
        "00000004-0000-0ff1-ce00-000000000000",  // Skype for Business Online
        "00000005-0000-0ff1-ce00-000000000000",  // Viva Engage (Yammer)
        "cc15fd57-2c6c-4117-a88c-83b1d56b4bbe",  // Microsoft Teams Services
        "1fec8e78-bce4-4aaf-ab1b-5451cc387264",  // Microsoft Teams
        "09abbdfd-ed23-44ee-a2d9-a627aa1c90f3",  // Microsoft Planner
        "c9a559d2-7aab-4f13-a6ed-e7e9c52aec87",  // Microsoft Forms
    ]

    /// `MicrosoftAdminPortals` covers Microsoft's admin portals (concept-conditional-access-cloud-apps
    /// § Microsoft Admin Portals); the portals whose application ids are known are listed.
    public static let microsoftAdminPortals: Set<String> = [
        "c44b4083-3bb0-49c1-b47d-974e53cbdf3c",  // Azure portal
        "00000006-0000-0ff1-ce00-000000000000",  // Microsoft 365 admin portal
    ]

    /// The applications a group name stands for, or `nil` when `name` is not a group.
    public static func members(of name: String) -> Set<String>? {
        switch name.lowercased() {
        case "office365": office365
        case "microsoftadminportals": microsoftAdminPortals
        default: nil
        }
    }
}
