/// A B2B access setting prepared once per tenant, so the common case — everyone and every app
/// allowed — costs a flag test per sign-in rather than a search through lower-cased strings.
struct CompiledAccessSetting: Sendable {
    struct Targets: Sendable {
        var allowed: Bool
        /// `AllUsers` or `AllApplications`.
        var everything: Bool
        var names: Set<String>
        var office365: Bool

        init(_ targets: AccessTargets?) {
            allowed = targets?.accessType != .blocked
            everything = targets == nil || targets!.targets.contains { $0.isEverything }
            names = Set((targets?.targets ?? []).map { $0.target.lowercased() })
            office365 = names.contains("office365")
        }

        /// Whether the setting lets nobody and nothing be refused.
        var allowsAll: Bool { allowed && everything }

        /// Whether `name` (lower case) is let through.
        func allows(_ name: String) -> Bool {
            let named = everything || names.contains(name) || (office365 && ApplicationGroup.office365.contains(name))
            return allowed == named
        }
    }

    let users: Targets
    let applications: Targets

    init(_ setting: B2BAccessSetting) {
        users = Targets(setting.usersAndGroups)
        applications = Targets(setting.applications)
    }
}
