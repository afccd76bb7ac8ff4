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
                for type in 0..<ExternalUserType.count { self.users.includeGuests[type].insert(index) }
            default: self.users.includeUsers.add(index, for: user)
            }
        }
        for user in users.excludeUsers {
            if user.lowercased() == UserCondition.legacyGuestsKeyword.lowercased() {
                for type in 0..<ExternalUserType.count { self.users.excludeGuests[type].insert(index) }
            } else {
                self.users.excludeUsers.add(index, for: user)
            }
        }
        for group in users.includeGroups { self.users.includeGroups.add(index, for: group) }
        for group in users.excludeGroups { self.users.excludeGroups.add(index, for: group) }
        for role in users.includeRoles { self.users.includeRoles.add(index, for: role) }
        for role in users.excludeRoles { self.users.excludeRoles.add(index, for: role) }
        if let guests = users.includeGuestsOrExternalUsers {
            Self.indexGuests(
                guests, at: index, any: &self.users.includeGuests,
                byTenant: &self.users.includeGuestsByTenant)
        }
        if let guests = users.excludeGuestsOrExternalUsers {
            Self.indexGuests(
                guests, at: index, any: &self.users.excludeGuests,
                byTenant: &self.users.excludeGuestsByTenant)
        }
    }

    /// Local guests have no home tenant, so a tenant list never narrows them.
    private static func indexGuests(
        _ guests: GuestsOrExternalUsers, at index: Int, any: inout [PolicyBits],
        byTenant: inout [String: [PolicyBits]]
    ) {
        for type in guests.guestOrExternalUserTypes.members {
            switch guests.externalTenants {
            case .all:
                any[type.ordinal].insert(index)
            case .enumerated(let tenants):
                if type == .internalGuest {
                    any[type.ordinal].insert(index)
                    continue
                }
                for tenant in tenants {
                    byTenant[tenant, default: Array(repeating: .empty, count: ExternalUserType.count)][
                        type.ordinal
                    ].insert(index)
                }
            }
        }
    }

    private mutating func indexApplications(_ apps: ApplicationCondition, at index: Int) {
        for app in apps.includeApplications {
            switch app.lowercased() {
            case "all": applications.includeAll.insert(index)
            case "none": break
            default: applications.include.add(index, for: app)
            }
        }
        for app in apps.excludeApplications { applications.exclude.add(index, for: app) }
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
        guard let condition, !condition.includeLocations.isEmpty else {
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
        target.conditioned.insert(index)
        let everything = all.map { included.contains($0) } ?? false
        for ordinal in 0..<target.included.count where everything || included.contains(ordinal) {
            target.included[ordinal].insert(index)
        }
        for ordinal in excluded { target.excluded[ordinal].insert(index) }
        if let all, excluded.contains(all) {
            for ordinal in 0..<target.excluded.count { target.excluded[ordinal].insert(index) }
        }
    }
}
