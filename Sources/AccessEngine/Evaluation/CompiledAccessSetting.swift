/// A B2B access setting prepared once per tenant, so the common case — everyone and every app
/// allowed — costs a flag test per sign-in rather than a search through lower-cased strings.
/// A class: sign-ins share it by reference instead of copying its sets.
final class CompiledAccessSetting: Sendable {
    struct Targets: Sendable {
        let allowed: Bool
        /// `AllUsers` or `AllApplications`.
        let everything: Bool
        let names: Set<String>
        let groups: [Set<String>]

        init(_ targets: AccessTargets?) {
            allowed = targets?.accessType != .blocked
            everything = targets.map { $0.targets.contains { $0.isEverything } } ?? true
            names = Set((targets?.targets ?? []).map { $0.target.lowercased() })
            groups = names.compactMap(ApplicationGroup.members(of:))
        }

        /// Whether `name` (lower case) is let through.
        func allows(_ name: String) -> Bool {
            let named = everything || names.contains(name) || groups.contains { $0.contains(name) }
            return allowed == named
        }
    }

    let users: Targets
    let applications: Targets
    /// Everyone and everything allowed: nothing to look at.
    let allowsAll: Bool

    init(_ setting: B2BAccessSetting) {
        users = Targets(setting.usersAndGroups)
        applications = Targets(setting.applications)
        allowsAll = users.allowed && users.everything && applications.allowed && applications.everything
    }
}
