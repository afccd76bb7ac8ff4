/// Graph's `conditionalAccessWhatIfReasons`: why a policy does or does not apply.
public struct AnalysisReasons: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32

    public init(rawValue: UInt32) {
        self.rawValue = rawValue
    }

    public static let users = AnalysisReasons(rawValue: 1 << 0)
    public static let application = AnalysisReasons(rawValue: 1 << 1)
    public static let userActions = AnalysisReasons(rawValue: 1 << 2)
    public static let authenticationContext = AnalysisReasons(rawValue: 1 << 3)
    public static let devicePlatform = AnalysisReasons(rawValue: 1 << 4)
    public static let devices = AnalysisReasons(rawValue: 1 << 5)
    public static let clientApps = AnalysisReasons(rawValue: 1 << 6)
    public static let location = AnalysisReasons(rawValue: 1 << 7)
    public static let signInRisk = AnalysisReasons(rawValue: 1 << 8)
    public static let userRisk = AnalysisReasons(rawValue: 1 << 9)
    public static let policyNotEnabled = AnalysisReasons(rawValue: 1 << 10)
    public static let notEnoughInformation = AnalysisReasons(rawValue: 1 << 11)

    private static let names: [(AnalysisReasons, String)] = [
        (.users, "users"), (.application, "application"), (.userActions, "userActions"),
        (.authenticationContext, "authenticationContext"), (.devicePlatform, "devicePlatform"),
        (.devices, "devices"), (.clientApps, "clientApps"), (.location, "location"),
        (.signInRisk, "signInRisk"), (.userRisk, "userRisk"),
        (.policyNotEnabled, "policyNotEnabled"), (.notEnoughInformation, "notEnoughInformation"),
    ]

    /// Graph's names, in Graph's order; `notSet` when empty (the policy applies).
    public var names: [String] {
        let listed = Self.names.filter { contains($0.0) }.map(\.1)
        return listed.isEmpty ? ["notSet"] : listed
    }
}
