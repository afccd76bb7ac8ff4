/// Accumulates the per-condition policy sets while a tenant compiles.
struct IndexBuilder {
    var all = PolicyBits.empty
    var enforced = PolicyBits.empty
    var reportOnly = PolicyBits.empty
    var users = UserIndex()
    var applications = ApplicationIndex()
    var clientApps = EnumConditionIndex(caseCount: ClientAppType.count)
    var platforms = EnumConditionIndex(caseCount: DevicePlatform.count)
    var signInRisk = EnumConditionIndex(caseCount: RiskLevel.count)
    var userRisk = EnumConditionIndex(caseCount: RiskLevel.count)
    var locations = LocationIndex()
    var deviceFilters: [(index: Int, mode: DeviceFilter.Mode, rule: DeviceRule)] = []

    init(locationCount: Int) {
        locations.include = Array(repeating: .empty, count: locationCount)
        locations.exclude = Array(repeating: .empty, count: locationCount)
    }

    mutating func index(
        _ policy: ConditionalAccessPolicy, at index: Int, locations ids: [String: Int]
    ) throws(DocumentError) {
        let conditions = policy.conditions
        if policy.unresolved.contains(.includedUsers) { users.unresolved.include.insert(index) }
        if policy.unresolved.contains(.excludedUsers) { users.unresolved.exclude.insert(index) }
        if policy.unresolved.contains(.includedLocations) { locations.unresolved.include.insert(index) }
        if policy.unresolved.contains(.excludedLocations) { locations.unresolved.exclude.insert(index) }
        indexUsers(conditions.users, at: index)
        indexApplications(conditions.applications, at: index)
        Self.indexList(
            conditions.clientAppTypes.map(\.ordinal), all: ClientAppType.all.ordinal,
            at: index, into: &clientApps)
        if let platforms = conditions.platforms, !platforms.includePlatforms.isEmpty {
            Self.indexList(
                platforms.includePlatforms.map(\.ordinal), all: DevicePlatform.all.ordinal,
                excluded: platforms.excludePlatforms.map(\.ordinal), at: index,
                into: &self.platforms)
        } else {
            self.platforms.unconditioned.insert(index)
        }
        Self.indexList(conditions.signInRiskLevels.map(\.ordinal), all: nil, at: index, into: &signInRisk)
        Self.indexList(conditions.userRiskLevels.map(\.ordinal), all: nil, at: index, into: &userRisk)
        try indexLocations(conditions.locations, of: policy, at: index, ids: ids)
        if let filter = conditions.devices?.deviceFilter {
            do {
                deviceFilters.append((index, filter.mode, try DeviceRule(parsing: filter.rule)))
            } catch {
                throw .malformed(
                    error.message, path: "conditions.devices.deviceFilter.rule",
                    at: policy.location)
            }
        }
    }

    private mutating func indexUsers(_ users: UserCondition, at index: Int) {
        for user in users.includeUsers {
            switch user.lowercased() {
            case "all": self.users.includeAll.insert(index)
            case "none": break
            case UserCondition.legacyGuestsKeyword.lowercased():
                for type in 0..<ExternalUserType.count { self.users.guests[type].include.insert(index) }
            default: self.users.byUser.include(index, for: user)
            }
        }
        for user in users.excludeUsers {
            if user.lowercased() == UserCondition.legacyGuestsKeyword.lowercased() {
                for type in 0..<ExternalUserType.count { self.users.guests[type].exclude.insert(index) }
            } else {
                self.users.byUser.exclude(index, for: user)
            }
        }
        for group in users.includeGroups { self.users.byGroup.include(index, for: group) }
        for group in users.excludeGroups { self.users.byGroup.exclude(index, for: group) }
        for role in users.includeRoles { self.users.byRole.include(index, for: role) }
        for role in users.excludeRoles { self.users.byRole.exclude(index, for: role) }
        if let guests = users.includeGuestsOrExternalUsers {
            indexGuests(guests, at: index, excluding: false)
        }
        if let guests = users.excludeGuestsOrExternalUsers {
            indexGuests(guests, at: index, excluding: true)
        }
    }

    /// Local guests have no home tenant, so a tenant list never narrows them.
    private mutating func indexGuests(
        _ guests: GuestsOrExternalUsers, at index: Int, excluding: Bool
    ) {
        func mark(_ bits: inout ScopedBits) {
            if excluding { bits.exclude.insert(index) } else { bits.include.insert(index) }
        }
        for type in guests.guestOrExternalUserTypes.members {
            switch guests.externalTenants {
            case .enumerated(let tenants) where type != .internalGuest:
                for tenant in tenants {
                    mark(
                        &users.guestsByTenant[
                            tenant.lowercased(),
                            default: Array(repeating: ScopedBits(), count: ExternalUserType.count)][type.ordinal])
                }
            case .all, .enumerated:
                mark(&users.guests[type.ordinal])
            }
        }
    }

    private mutating func indexApplications(_ apps: ApplicationCondition, at index: Int) {
        for app in apps.includeApplications {
            switch app.lowercased() {
            case "all": applications.includeAll.insert(index)
            case "none": break
            default:
                applications.byApplication.include(index, for: app)
                // `Office365` and `MicrosoftAdminPortals` stand for their applications.
                for member in ApplicationGroup.members(of: app) ?? [] {
                    applications.byApplication.include(index, for: member)
                }
            }
        }
        for app in apps.excludeApplications {
            applications.byApplication.exclude(index, for: app)
            for member in ApplicationGroup.members(of: app) ?? [] {
                applications.byApplication.exclude(index, for: member)
            }
        }
        for action in apps.includeUserActions {
            applications.userActions.add(index, for: action.lowercased())
        }
        for context in apps.includeAuthenticationContextClassReferences {
            applications.authenticationContexts.add(index, for: context.lowercased())
        }
    }

    private mutating func indexLocations(
        _ condition: LocationCondition?, of policy: ConditionalAccessPolicy, at index: Int,
        ids: [String: Int]
    ) throws(DocumentError) {
        guard let condition, !condition.includeLocations.isEmpty || policy.unresolved.contains(.includedLocations)
        else {
            locations.unconditioned.insert(index)
            return
        }
        locations.conditioned.insert(index)
        if !condition.excludeLocations.isEmpty { locations.withExclusions.insert(index) }
        for (included, list) in [(true, condition.includeLocations), (false, condition.excludeLocations)] {
            for id in list {
                switch id.lowercased() {
                case "all":
                    if included { locations.includeAll.insert(index) }
                case "alltrusted":
                    if included {
                        locations.includeTrusted.insert(index)
                    } else {
                        locations.excludeTrusted.insert(index)
                    }
                default:
                    guard let position = ids[id.lowercased()] else {
                        throw .inconsistent(
                            "policy '\(policy.displayName)' names location '\(id)', which is not "
                                + "in namedLocations",
                            path: "conditions.locations", at: policy.location)
                    }
                    if included {
                        locations.include[position].insert(index)
                    } else {
                        locations.exclude[position].insert(index)
                    }
                }
            }
        }
    }

    /// Indexes an include list of enum ordinals; `all` (when the vocabulary has it) matches every
    /// value, and an empty list means the condition is not used.
    private static func indexList(
        _ included: [Int], all: Int?, excluded: [Int] = [], at index: Int,
        into target: inout EnumConditionIndex
    ) {
        guard !included.isEmpty else {
            target.unconditioned.insert(index)
            return
        }
        let everything = all.map { included.contains($0) } ?? false
        // `all` with nothing excluded is no condition at all: portal exports write
        // `clientAppTypes: ["all"]` on every policy, and an absent sign-in value must not make
        // such a policy undecidable.
        if everything && excluded.isEmpty {
            target.unconditioned.insert(index)
            return
        }
        target.conditioned.insert(index)
        for ordinal in 0..<target.included.count where everything || included.contains(ordinal) {
            target.included[ordinal].insert(index)
        }
        for ordinal in excluded { target.excluded[ordinal].insert(index) }
        if let all, excluded.contains(all) {
            for ordinal in 0..<target.excluded.count { target.excluded[ordinal].insert(index) }
        }
    }
}
