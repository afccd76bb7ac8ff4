/// A problem found in the content, pointing at the exact place an author has to fix.
///
/// Every stage of Crosswalk (reading, table extraction, consistency checking, rendering) reports
/// through this one type, so that all of them print, sort and fail the build the same way.
public struct Diagnostic: Sendable, Hashable {
    public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable {
        case note
        case warning
        case error

        private var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// A stable identifier such as `crosswalk.include.outside-root`, for filtering and for reports.
    public var id: DiagnosticID
    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    /// Further lines that explain the problem (what was expected, what was found, why).
    public var notes: [String]

    public init(
        _ id: DiagnosticID,
        _ severity: Severity = .error,
        at location: SourceLocation,
        _ message: String,
        notes: [String] = []
    ) {
        self.id = id
        self.severity = severity
        self.location = location
        self.message = message
        self.notes = notes
    }
}

extension Diagnostic: CustomStringConvertible {
    /// The conventional one-line form, `path:line:column: error: [id] message`.
    public var description: String {
        "\(location): \(severity.rawValue): [\(id.rawValue)] \(message)"
    }
}

extension Diagnostic: Comparable {
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.location, lhs.id.rawValue, lhs.message) < (rhs.location, rhs.id.rawValue, rhs.message)
    }
}
