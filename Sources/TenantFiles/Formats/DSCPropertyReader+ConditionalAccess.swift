import AccessEngine

extension DSCPropertyReader {
    /// An `AADConditionalAccessPolicy` block as a Graph `conditionalAccessPolicy`.
    ///
    /// DSC flattens the policy into one level of properties; this puts each back where Graph
    /// keeps it. Users, groups, roles, applications and locations stay as DSC writes them
    /// (display names and UPNs rather than ids): resolving names is not the reader's job.
    mutating func conditionalAccessPolicy() -> DocumentValue {
        var policy = GraphObjectBuilder()
        policy.add("id", scalar("Id"))
        policy.add("displayName", scalar("DisplayName"))
        policy.add("state", scalar("State"))
        policy.add("conditions", conditions())
        policy.add("grantControls", grantControls())
        policy.add("sessionControls", sessionControls())
        return policy.document(at: location)
    }

    private mutating func conditions() -> GraphObjectBuilder {
        var conditions = GraphObjectBuilder()

        var users = GraphObjectBuilder()
        for name in ["IncludeUsers", "ExcludeUsers", "IncludeGroups", "ExcludeGroups", "IncludeRoles", "ExcludeRoles"] {
            users.add(name.graphCamelCase, list(name))
        }
        users.add("includeGuestsOrExternalUsers", guestsOrExternalUsers(side: "Include"))
        users.add("excludeGuestsOrExternalUsers", guestsOrExternalUsers(side: "Exclude"))
        conditions.add("users", users)

        var applications = GraphObjectBuilder()
        for name in ["IncludeApplications", "ExcludeApplications", "IncludeUserActions"] {
            applications.add(name.graphCamelCase, list(name))
        }
        applications.add("includeAuthenticationContextClassReferences", list("AuthenticationContexts"))
        conditions.add("applications", applications)

        conditions.add("clientAppTypes", list("ClientAppTypes"))

        var platforms = GraphObjectBuilder()
        platforms.add("includePlatforms", list("IncludePlatforms"))
        platforms.add("excludePlatforms", list("ExcludePlatforms"))
        conditions.add("platforms", platforms)

        var locations = GraphObjectBuilder()
        locations.add("includeLocations", list("IncludeLocations"))
        locations.add("excludeLocations", list("ExcludeLocations"))
        conditions.add("locations", locations)

        conditions.add("signInRiskLevels", list("SignInRiskLevels"))
        conditions.add("userRiskLevels", list("UserRiskLevels"))

        var filter = GraphObjectBuilder()
        filter.add("mode", scalar("DeviceFilterMode"))
        filter.add("rule", scalar("DeviceFilterRule"))
        var devices = GraphObjectBuilder()
        devices.add("deviceFilter", filter)
        conditions.add("devices", devices)
        return conditions
    }

    /// Graph's `conditionalAccessGuestsOrExternalUsers`, from DSC's three flat properties.
    ///
    /// The user types are `IncludeGuestOrExternalUserTypes` (an array, as Microsoft365DSC's
    /// schema has it) or `IncludeGuestsOrExternalUsers`, joined into Graph's comma-separated
    /// text. The tenants are all or enumerated by `…ExternalTenantsMembershipKind`, or
    /// enumerated when only members are given.
    private mutating func guestsOrExternalUsers(side: String) -> GraphObjectBuilder {
        var object = GraphObjectBuilder()
        guard let types = configured("\(side)GuestOrExternalUserTypes") ?? configured("\(side)GuestsOrExternalUsers"),
            let joined = joinedUserTypes(types)
        else { return object }
        object.add("guestOrExternalUserTypes", joined)

        var tenants = GraphObjectBuilder()
        let kind = configured("\(side)ExternalTenantsMembershipKind")
        let kindText = kind?.knownText?.lowercased()
        let members = list("\(side)ExternalTenantsMembers")
        let hasMembers = members.map { if case .array(let items) = $0.kind { !items.isEmpty } else { true } } ?? false
        if kindText == "all" {
            tenants.add("@odata.type", odataType("conditionalAccessAllExternalTenants", at: kind))
            tenants.add("membershipKind", kind?.document(in: file))
        } else if kindText == "enumerated" || (kind == nil && hasMembers) {
            tenants.add("@odata.type", odataType("conditionalAccessEnumeratedExternalTenants", at: kind))
            tenants.add(
                "membershipKind",
                kind?.document(in: file) ?? DocumentValue(.string("enumerated"), location: members?.location))
            tenants.add("members", members)
        } else if let kind {
            tenants.add("membershipKind", kind.document(in: file))
        }
        object.add("externalTenants", tenants)
        return object
    }

    private func joinedUserTypes(_ value: DSCValue) -> DocumentValue? {
        let location = value.position.document(in: file)
        let names: [String] =
            if case .array(let items) = value.kind { items.compactMap(\.scalarText) } else { [value.scalarText ?? ""] }
        let joined = names.filter { !$0.isEmpty }.joined(separator: ",")
        return joined.isEmpty ? nil : DocumentValue(.string(joined), location: location)
    }

    private func odataType(_ name: String, at value: DSCValue?) -> DocumentValue {
        DocumentValue(.string("#microsoft.graph.\(name)"), location: value?.position.document(in: file) ?? location)
    }

    private mutating func grantControls() -> GraphObjectBuilder {
        var grant = GraphObjectBuilder()
        grant.add("operator", scalar("GrantControlOperator"))
        grant.add("builtInControls", list("BuiltInControls"))
        grant.add("customAuthenticationFactors", list("CustomAuthenticationFactors"))
        grant.add("termsOfUse", list("TermsOfUse"))
        if let strength = scalar("AuthenticationStrength") {
            // DSC names the strength; Graph refers to it by id, which only the tenant knows.
            var reference = GraphObjectBuilder()
            reference.add("displayName", strength)
            grant.add("authenticationStrength", reference)
        }
        return grant
    }

    private mutating func sessionControls() -> GraphObjectBuilder {
        var session = GraphObjectBuilder()

        var restrictions = GraphObjectBuilder()
        restrictions.add("isEnabled", boolean("ApplicationEnforcedRestrictionsIsEnabled"))
        session.add("applicationEnforcedRestrictions", restrictions)

        var appSecurity = GraphObjectBuilder()
        appSecurity.add("isEnabled", boolean("CloudAppSecurityIsEnabled"))
        appSecurity.add("cloudAppSecurityType", graphSpelling("CloudAppSecurityType"))
        session.add("cloudAppSecurity", appSecurity)

        var frequency = GraphObjectBuilder()
        frequency.add("isEnabled", boolean("SignInFrequencyIsEnabled"))
        frequency.add("value", scalar("SignInFrequencyValue"))
        frequency.add("type", graphSpelling("SignInFrequencyType", lowercasedEntirely: true))
        frequency.add("frequencyInterval", graphSpelling("SignInFrequencyInterval"))
        session.add("signInFrequency", frequency)

        var browser = GraphObjectBuilder()
        browser.add("isEnabled", boolean("PersistentBrowserIsEnabled"))
        browser.add("mode", graphSpelling("PersistentBrowserMode", lowercasedEntirely: true))
        session.add("persistentBrowser", browser)

        var evaluation = GraphObjectBuilder()
        evaluation.add("mode", graphSpelling("ContinuousAccessEvaluationMode"))
        session.add("continuousAccessEvaluation", evaluation)

        var secureSession = GraphObjectBuilder()
        secureSession.add("isEnabled", boolean("SecureSignInSessionIsEnabled"))
        session.add("secureSignInSession", secureSession)

        // Newer Microsoft365DSC releases name it DisableResilienceDefaultsIsEnabled.
        session.add(
            "disableResilienceDefaults",
            boolean("DisableResilienceDefaultsIsEnabled") ?? boolean("DisableResilienceDefaults"))
        return session
    }
}
