/// Cross-tenant access settings, checked before any Conditional Access policy: the home tenant's
/// outbound setting, then the resource tenant's inbound setting for the access path, then what
/// B2B direct connect can reach at all (cross-tenant-access-overview, revision of 2025-03-28;
/// b2b-direct-connect-overview, revision of 2026-04-24).
extension CompiledStorage {
    /// The applications B2B direct connect users reach: Teams, whose shared channels are the only
    /// use of direct connect, and SharePoint Online, where a shared channel's files live.
    static let sharedChannelApplications: Set<String> = [
        "1fec8e78-bce4-4aaf-ab1b-5451cc387264",  // Microsoft Teams
        "cc15fd57-2c6c-4117-a88c-83b1d56b4bbe",  // Microsoft Teams Services
        "00000003-0000-0ff1-ce00-000000000000",  // Office 365 SharePoint Online
    ]

    /// The reason an external Microsoft Entra user is refused by cross-tenant access settings,
    /// or `nil` when the settings let the sign-in on to Conditional Access.
    private static let collaboration = AccessPath.b2bCollaboration.ordinal

    func accessBlock(_ signIn: borrowing SignIn, facts: borrowing SignInFacts) -> BlockReason? {
        guard facts.principal == .entraExternal else { return nil }
        let directConnect = facts.accessPath == .b2bDirectConnect
        // The common case: everyone and everything allowed both ways, on B2B collaboration, for
        // a guest without home groups or a home outbound setting (no extras). Decided without
        // retaining anything.
        if !directConnect, facts.extras == nil,
            facts.home?.access?[Self.collaboration].allowsAll ?? defaultAccess[Self.collaboration].allowsAll
        {
            return nil
        }
        let inbound = facts.inboundAccess ?? defaultAccess[facts.accessPath.ordinal]
        let outbound = signIn.guest?.homeOutbound.map(CompiledAccessSetting.init)

        func allowsPeople(_ targets: CompiledAccessSetting.Targets) -> Bool {
            if targets.everything { return targets.allowed }
            let named =
                targets.names.contains(Self.tenantKey(signIn.identity.userId)!)
                || (signIn.guest?.homeGroups ?? []).contains { targets.names.contains(Self.tenantKey($0)!) }
            return targets.allowed == named
        }
        // Applications are known only when the sign-in names them; a user action or an
        // authentication context is not an application a setting can name.
        var applications: [String]?
        if case .applications(let apps) = signIn.context, !apps.contains(where: { $0.lowercased() == "all" }) {
            applications = apps.map { Self.tenantKey($0)! }
        }
        if let outbound {
            if !allowsPeople(outbound.users) { return .outboundAccessBlocked }
            if let applications, !applications.allSatisfy(outbound.applications.allows) {
                return .outboundAccessBlocked
            }
        }
        if !allowsPeople(inbound.users) { return .inboundAccessBlocked }
        if let applications {
            if !applications.allSatisfy(inbound.applications.allows) { return .inboundApplicationBlocked }
            if directConnect, !applications.allSatisfy(Self.sharedChannelApplications.contains) {
                return .directConnectOnlyForSharedChannels
            }
        }
        return nil
    }
}

extension AccessPath {
    /// Index into per-path tables.
    var ordinal: Int { self == .b2bCollaboration ? 0 : 1 }
}
