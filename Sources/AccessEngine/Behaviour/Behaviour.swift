/// The service's behaviour in force on a date: the values of every rule that Microsoft changed,
/// picked from dated data, so Crosswalk can answer for today and for the day guidance was written.
///
/// Rules that never changed are code; rules that changed are data here, each value with the
/// revision that introduced it (see ``BehaviourChange``).
public struct Behaviour: Sendable, Hashable {
    /// The day the behaviour is taken as of.
    public let asOf: BehaviourDate
    /// Second factors an external user's home tenant may satisfy a strength with (Table 1,
    /// home tenant column).
    let homeTenantMethods: AuthenticationMethodModes
    /// Second factors an external user can register and perform in the resource tenant (Table 1,
    /// resource tenant column).
    let resourceTenantMethods: AuthenticationMethodModes

    /// The behaviour in force on `date`; before the first dated revision, the first one.
    public init(asOf date: BehaviourDate) {
        asOf = date
        let table = Self.methodTables.last { $0.change.effective <= date } ?? Self.methodTables[0]
        homeTenantMethods = table.home
        resourceTenantMethods = table.resource
    }

    /// The newest documented behaviour: what Crosswalk answers unless told a date.
    public static let latest = Behaviour(asOf: changes.map(\.effective).max()!)

    /// Every dated change Crosswalk knows, oldest first.
    public static var changes: [BehaviourChange] { methodTables.map(\.change) }

    /// The changes that took effect after `date` and up to the latest behaviour.
    public static func changes(since date: BehaviourDate) -> [BehaviourChange] {
        changes.filter { $0.effective > date }
    }

    /// The date of the newest revision in force on `asOf`, for "verified against" labels.
    public var revision: BehaviourDate {
        Self.changes.map(\.effective).filter { $0 <= asOf }.max() ?? Self.changes[0].effective
    }
}
