import AccessEngine

/// Something Crosswalk noticed while reading a tenant or a sign-in: an error that stops the read,
/// or a warning or note about what it had to guess, ignore or could not resolve.
///
/// Tenant exports are messy, so most of what is odd about them is a warning here rather than a
/// refusal; the admin sees every one of them (`crosswalk tenant show`) and can judge whether the
/// answers still hold.
public struct ImportDiagnostic: Sendable, Hashable {
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

    /// A stable identifier such as `crosswalk.tenant.outside-root`.
    public var id: String
    public var severity: Severity
    /// The file the problem is in; always known, even when the position inside it is not.
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String

    public init(
        _ id: String, _ severity: Severity, file: String, line: Int = 1, column: Int = 1, _ message: String
    ) {
        self.id = id
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// A diagnostic at a document position, falling back to `file` when the position has none.
    public init(
        _ id: String, _ severity: Severity, at position: DocumentPosition?, in file: String, _ message: String
    ) {
        self.init(
            id, severity, file: position?.file ?? file, line: position?.line ?? 1, column: position?.column ?? 1,
            message)
    }

    /// The one conversion of the engine's ``DocumentError`` into a diagnostic, used by every
    /// command that reads tenants and sign-ins.
    /// `subject` names what was being read (`tenant` or `signin`), which the id carries.
    public init(_ error: DocumentError, in file: String, subject: String = "tenant") {
        self.init("crosswalk.\(subject).\(error.category)", .error, at: error.location, in: file, error.message)
    }

    /// `path:line:column: severity: [id] message`, the shape compilers and CI annotations use.
    public var description: String {
        "\(file):\(line):\(column): \(severity.rawValue): [\(id)] \(message)"
    }
}

extension ImportDiagnostic: Comparable {
    public static func < (lhs: ImportDiagnostic, rhs: ImportDiagnostic) -> Bool {
        (lhs.file, lhs.line, lhs.column, lhs.id, lhs.message) < (rhs.file, rhs.line, rhs.column, rhs.id, rhs.message)
    }
}

/// Reading stopped: the diagnostics hold at least one error, and every warning found before it.
public struct ImportFailure: Error, Sendable {
    public var diagnostics: [ImportDiagnostic]

    public init(_ diagnostics: [ImportDiagnostic]) {
        self.diagnostics = diagnostics
    }
}
