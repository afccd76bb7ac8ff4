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
            conditions: try reader.optional("conditions").map {
                reader throws(DocumentError) in try PolicyConditions(reading: reader)
            } ?? PolicyConditions(),
            grantControls: grant,
            sessionControls: try reader.optional("sessionControls").map {
                reader throws(DocumentError) in try SessionControls(reading: reader)
            },
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

extension PolicyConditions {
    init(reading reader: DocumentReader) throws(DocumentError) {
        self.init()
        if let users = try reader.optional("users") { self.users = try UserCondition(reading: users) }
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

extension UserCondition {
    init(reading reader: DocumentReader) throws(DocumentError) {
        self.init(
            includeUsers: try reader.optional("includeUsers")?.strings() ?? [],
            excludeUsers: try reader.optional("excludeUsers")?.strings() ?? [],
            includeGroups: try reader.optional("includeGroups")?.strings() ?? [],
            excludeGroups: try reader.optional("excludeGroups")?.strings() ?? [],
            includeRoles: try reader.optional("includeRoles")?.strings() ?? [],
            excludeRoles: try reader.optional("excludeRoles")?.strings() ?? [],
            includeGuestsOrExternalUsers: try reader.optional("includeGuestsOrExternalUsers").map {
                reader throws(DocumentError) in try GuestsOrExternalUsers(reading: reader)
            },
            excludeGuestsOrExternalUsers: try reader.optional("excludeGuestsOrExternalUsers").map {
                reader throws(DocumentError) in try GuestsOrExternalUsers(reading: reader)
            }
        )
    }
}

extension GuestsOrExternalUsers {
    init(reading reader: DocumentReader) throws(DocumentError) {
        let types = try reader.optional("guestOrExternalUserTypes")?
            .vocabularyList(ExternalUserTypeName.self) ?? []
        var flags: ExternalUserTypes = []
        for name in types { flags.formUnion(name.flags) }
        self.init(
            guestOrExternalUserTypes: flags,
            externalTenants: try reader.optional("externalTenants").map {
                reader throws(DocumentError) in try ExternalTenants(reading: reader)
            } ?? .all
        )
    }
}

/// The spellings accepted in `guestOrExternalUserTypes`, including Graph's `none`.
enum ExternalUserTypeName: String, DocumentVocabulary {
    case none
    case internalGuest
    case b2bCollaborationGuest
    case b2bCollaborationMember
    case b2bDirectConnectUser
    case otherExternalUser
    case serviceProvider

    var flags: ExternalUserTypes {
        switch self {
        case .none: []
        default: ExternalUserType(rawValue: rawValue)!.flag
        }
    }
}

extension ExternalTenants {
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
