/// For each condition, the policies it lets through; a policy applies when every mask holds it.
struct ConditionMasks: Sendable, Hashable {
    var users = PolicyBits.empty
    var application = PolicyBits.empty
    var clientApps = PolicyBits.empty
    var platform = PolicyBits.empty
    var location = PolicyBits.empty
    var signInRisk = PolicyBits.empty
    var userRisk = PolicyBits.empty
    var devices = PolicyBits.empty
    /// Policies that depend on a value the sign-in does not give.
    var unknown = PolicyBits.empty

    /// Policies every condition lets through or leaves undecided: what could apply.
    var possible: PolicyBits {
        users & application & clientApps & platform & location & signInRisk & userRisk & devices
    }

    /// Policies known to apply.
    var matching: PolicyBits { possible.subtracting(unknown) }
}

extension CompiledStorage {
    func masks(for signIn: borrowing SignIn, facts: borrowing SignInFacts) -> ConditionMasks {
        var masks = ConditionMasks()
        let (included, excluded) = userScope(signIn, facts: facts)
        masks.users = included.subtracting(excluded)
        if users.unresolved != ScopedBits() {
            // Undecided is not failed: the mask keeps the policy, `unknown` keeps it from applying.
            let undecided = Self.undecided(users.unresolved, included: included, excluded: excluded)
            masks.unknown |= undecided
            masks.users |= undecided
        }
        masks.application = applicationMask(signIn.context)
        let conditions = signIn.conditions
        if let client = conditions.clientAppType {
            masks.clientApps = clientApps.matching(client.ordinal)
            // Graph's `easSupported` is an Exchange ActiveSync client: policies naming either
            // apply to it.
            if client == .easSupported {
                masks.clientApps |= clientApps.matching(ClientAppType.exchangeActiveSync.ordinal)
            }
        } else {
            masks.clientApps = clientApps.unconditioned | clientApps.conditioned
        }
        masks.unknown |= clientAppsUndecided(conditions)
        if let platform = conditions.devicePlatform {
            masks.platform = platforms.matching(platform.ordinal)
        } else {
            masks.platform = platforms.unconditioned | platforms.conditioned
        }
        masks.unknown |= platformUndecided(conditions)
        masks.location = locationMask(conditions, unknown: &masks.unknown)
        masks.signInRisk = signInRisk.matching(conditions.signInRiskLevel.ordinal)
        masks.userRisk = userRisk.matching(conditions.userRiskLevel.ordinal)
        masks.devices = all
        if !deviceFilters.isEmpty {
            // A device the resource tenant cannot see has no attributes: positive operators never
            // match it, negative ones always do (concept-condition-filters-for-devices).
            // A device it can see but the sign-in does not describe is unknown: its filters are
            // undecided, and count as What If's `notEnoughInformation` does (decision 56).
            let undecided = devicesUndecided(conditions, facts: facts)
            masks.unknown |= undecided
            if undecided.isEmpty {
                let properties = facts.deviceAttributesVisible ? conditions.deviceInfo ?? [:] : [:]
                for filter in deviceFilters {
                    let matched = filter.rule.matches(properties)
                    let applies = filter.mode == .include ? matched : !matched
                    if !applies { masks.devices = masks.devices.subtracting(PolicyBits(filter.index)) }
                }
            }
        }
        return masks
    }

    /// Policies with a client-app condition, when the sign-in does not say which client it is.
    func clientAppsUndecided(_ conditions: SignInConditions) -> PolicyBits {
        conditions.clientAppType == nil ? clientApps.conditioned : .empty
    }

    /// Policies with a platform condition, when the sign-in does not say which platform it is.
    func platformUndecided(_ conditions: SignInConditions) -> PolicyBits {
        conditions.devicePlatform == nil ? platforms.conditioned : .empty
    }

    /// Policies with a device filter, when the tenant could see the device but the sign-in
    /// gives none of its attributes.
    func devicesUndecided(_ conditions: SignInConditions, facts: borrowing SignInFacts) -> PolicyBits {
        guard facts.deviceAttributesVisible, conditions.deviceInfo == nil, !deviceFilters.isEmpty else { return .empty }
        var bits = PolicyBits.empty
        for filter in deviceFilters { bits.insert(filter.index) }
        return bits
    }

    /// Policies whose outcome an unresolved entry could change: included unless an unresolved
    /// exclusion removes them, or not included unless an unresolved inclusion adds them.
    static func undecided(_ unresolved: ScopedBits, included: PolicyBits, excluded: PolicyBits) -> PolicyBits {
        let applying = included.subtracting(excluded)
        return (unresolved.exclude & applying) | unresolved.include.subtracting(included).subtracting(excluded)
    }

    func userScope(_ signIn: borrowing SignIn, facts: borrowing SignInFacts) -> (PolicyBits, PolicyBits) {
        var included = users.includeAll
        var excluded = PolicyBits.empty
        if let bits = users.byUser[signIn.identity.userId] {
            included |= bits.include
            excluded |= bits.exclude
        }
        if !users.byGroup.isEmpty, let groups = signIn.guest?.groups {
            for group in groups {
                guard let bits = users.byGroup[group] else { continue }
                included |= bits.include
                excluded |= bits.exclude
            }
        }
        if !users.byRole.isEmpty, let roles = signIn.guest?.roles {
            for role in roles {
                guard let bits = users.byRole[role] else { continue }
                included |= bits.include
                excluded |= bits.exclude
            }
        }
        if !facts.userTypes.isEmpty {
            for type in ExternalUserType.allCasesInOrder where facts.userTypes.contains(type.flag) {
                included |= users.guests[type.ordinal].include
                excluded |= users.guests[type.ordinal].exclude
                if let byTenant = facts.home?.guests?[type.ordinal] {
                    included |= byTenant.include
                    excluded |= byTenant.exclude
                }
            }
        }
        return (included, excluded)
    }

    private func applicationMask(_ context: SignInContext) -> PolicyBits {
        switch context {
        case .applications(let apps):
            var result = PolicyBits.empty
            for app in apps {
                var included = applications.includeAll
                if let bits = applications.byApplication[app] {
                    included = (included | bits.include).subtracting(bits.exclude)
                }
                result |= included
            }
            return result
        case .userAction(let action):
            // Registering security information is also covered by policies on all resources
            // (Graph's conditionalAccessRoot: evaluate, example with registerSecurityInformation).
            let targeted = applications.userActions[action.policyValue] ?? .empty
            return action == .registerSecurityInformation ? targeted | applications.includeAll : targeted
        case .authenticationContext(let value):
            return applications.authenticationContexts[value.lowercased()] ?? .empty
        }
    }

    func locationMask(
        _ conditions: SignInConditions, unknown: inout PolicyBits
    ) -> PolicyBits {
        let address = conditions.ipAddress.flatMap(IPAddress.init)
        let country = conditions.country.flatMap(CompiledLocation.countryCode)
        guard address != nil || country != nil else {
            let known = locations.includeAll.subtracting(locations.withExclusions)
            unknown |= locations.conditioned.subtracting(known)
            return locations.unconditioned | locations.conditioned
        }
        var undecided = PolicyBits.empty
        var included = locations.includeAll
        var excluded = PolicyBits.empty
        for (index, location) in namedLocations.enumerated() {
            // Every IP address has a country for Entra; a sign-in that gives the address but not
            // the country leaves country locations undecided rather than "unknown country".
            if !location.isIP, country == nil {
                undecided |= locations.include[index] | locations.exclude[index]
                continue
            }
            guard location.matches(address: address, country: country) else { continue }
            included |= locations.include[index]
            excluded |= locations.exclude[index]
            if location.isTrusted {
                included |= locations.includeTrusted
                excluded |= locations.excludeTrusted
            }
        }
        if locations.unresolved != ScopedBits() {
            undecided |= Self.undecided(locations.unresolved, included: included, excluded: excluded)
        }
        unknown |= undecided
        return locations.unconditioned | included.subtracting(excluded) | undecided
    }
}

extension ExternalUserType {
    /// `allCases` without building an array on each use.
    static let allCasesInOrder: [ExternalUserType] = Array(allCases)
}
