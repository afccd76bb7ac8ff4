extension ConditionalAccessPolicy {
    /// Reads one Graph `conditionalAccessPolicy`. Strength definitions that Graph inlines in
    /// `grantControls.authenticationStrength` are collected into `strengths`.
    init(
        reading reader: DocumentReader, strengths: inout [AuthenticationStrengthPolicy]
    ) throws(DocumentError) {
        let id = try reader.required("id").string()
        var grant: GrantControls?
        if let controls = try reader.optional("grantControls") {
            grant = try GrantControls(reading: controls, strengths: &strengths)
        }
        self.init(
            id: id,
            displayName: try reader.optional("displayName")?.string() ?? id,
            state: try reader.required("state").vocabulary(PolicyState.self),
            conditions: try reader.optional("conditions", as: PolicyConditions.self) ?? PolicyConditions(),
            grantControls: grant,
            sessionControls: try reader.optional("sessionControls", as: SessionControls.self),
            location: reader.location
        )
    }

    /// Reads policies from a Graph document: one policy, an array, or a `{"value": [...]}` page.
    public static func decodeCollection(
        _ document: DocumentValue
    ) throws(DocumentError) -> [ConditionalAccessPolicy] {
        var strengths: [AuthenticationStrengthPolicy] = []
        var result: [ConditionalAccessPolicy] = []
        for item in try DocumentReader(document).collection() {
            result.append(try ConditionalAccessPolicy(reading: item, strengths: &strengths))
        }
        return result
    }
}

extension PolicyConditions: DocumentReadable {
    init(reading reader: DocumentReader) throws(DocumentError) {
        self.init()
        if let users = try reader.optional("users", as: UserCondition.self) { self.users = users }
        if let apps = try reader.optional("applications") {
            applications = ApplicationCondition(
                includeApplications: try apps.optional("includeApplications")?.strings() ?? [],
                excludeApplications: try apps.optional("excludeApplications")?.strings() ?? [],
                includeUserActions: try apps.optional("includeUserActions")?.strings() ?? [],
                includeAuthenticationContextClassReferences: try apps.optional(
                    "includeAuthenticationContextClassReferences")?.strings() ?? []
            )
        }
        clientAppTypes = try reader.optional("clientAppTypes")?.vocabularyList(ClientAppType.self) ?? []
        if let platforms = try reader.optional("platforms") {
            self.platforms = PlatformCondition(
                includePlatforms: try platforms.optional("includePlatforms")?
                    .vocabularyList(DevicePlatform.self) ?? [],
                excludePlatforms: try platforms.optional("excludePlatforms")?
                    .vocabularyList(DevicePlatform.self) ?? []
            )
        }
        if let locations = try reader.optional("locations") {
            self.locations = LocationCondition(
                includeLocations: try locations.optional("includeLocations")?.strings() ?? [],
                excludeLocations: try locations.optional("excludeLocations")?.strings() ?? []
            )
        }
        signInRiskLevels = try reader.optional("signInRiskLevels")?.vocabularyList(RiskLevel.self) ?? []
        userRiskLevels = try reader.optional("userRiskLevels")?.vocabularyList(RiskLevel.self) ?? []
        if let filter = try reader.optional("devices")?.optional("deviceFilter") {
            devices = DeviceCondition(
                deviceFilter: DeviceFilter(
                    mode: try filter.required("mode").vocabulary(DeviceFilter.Mode.self),
                    rule: try filter.required("rule").string()
                ))
        }
    }
}

extension UserCondition: DocumentReadable {
    init(reading reader: DocumentReader) throws(DocumentError) {
        self.init(
            includeUsers: try reader.optional("includeUsers")?.strings() ?? [],
            excludeUsers: try reader.optional("excludeUsers")?.strings() ?? [],
            includeGroups: try reader.optional("includeGroups")?.strings() ?? [],
            excludeGroups: try reader.optional("excludeGroups")?.strings() ?? [],
            includeRoles: try reader.optional("includeRoles")?.strings() ?? [],
            excludeRoles: try reader.optional("excludeRoles")?.strings() ?? [],
            includeGuestsOrExternalUsers: try reader.optional(
                "includeGuestsOrExternalUsers", as: GuestsOrExternalUsers.self),
            excludeGuestsOrExternalUsers: try reader.optional(
                "excludeGuestsOrExternalUsers", as: GuestsOrExternalUsers.self)
        )
    }
}

extension GuestsOrExternalUsers: DocumentReadable {
    init(reading reader: DocumentReader) throws(DocumentError) {
        var flags: ExternalUserTypes = []
        if let types = try reader.optional("guestOrExternalUserTypes") {
            // Graph writes `none` for an empty set; every other name is one type.
            let names = try types.strings().flatMap { $0.split(separator: ",") }
                .map { String($0).trimmingWhitespace() }
            // `unknownFutureValue` is Graph's sentinel for types newer than the client.
            for name in names where name.lowercased() != "none" && name.lowercased() != "unknownfuturevalue" {
                guard let type = ExternalUserType(caseInsensitive: name) else {
                    throw .unknownValue(
                        name, expected: ["none"] + ExternalUserType.expectedSpellings,
                        path: types.path, at: types.location)
                }
                flags.insert(type.flag)
            }
        }
        self.init(
            guestOrExternalUserTypes: flags,
            externalTenants: try reader.optional("externalTenants", as: ExternalTenants.self) ?? .all
        )
    }
}

extension ExternalTenants: DocumentReadable {
    /// Reads the polymorphic object by `@odata.type`, or by `membershipKind` when the type
    /// annotation was stripped.
    init(reading reader: DocumentReader) throws(DocumentError) {
        let odataType = try reader.optional("@odata.type")?.string().lowercased() ?? ""
        let kind = try reader.optional("membershipKind")?.vocabulary(MembershipKind.self)
        if odataType.hasSuffix("enumeratedexternaltenants") || kind == .enumerated {
            self = .enumerated(try reader.optional("members")?.strings() ?? [])
        } else if odataType.hasSuffix("allexternaltenants") || kind == .all {
            self = .all
        } else if let members = try reader.optional("members") {
            self = .enumerated(try members.strings())
        } else {
            throw .malformed(
                "cannot tell all from enumerated tenants: set @odata.type or membershipKind",
                path: reader.path, at: reader.location)
        }
    }

    enum MembershipKind: String, DocumentVocabulary {
        case all
        case enumerated
    }
}
