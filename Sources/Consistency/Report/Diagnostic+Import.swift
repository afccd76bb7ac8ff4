import Articles
import TenantFiles

extension Diagnostic {
    /// The one conversion of a tenant-import diagnostic into a content diagnostic.
    public init(_ imported: ImportDiagnostic) {
        let severity: Diagnostic.Severity =
            switch imported.severity {
            case .error: .error
            case .warning: .warning
            case .note: .note
            }
        self.init(
            DiagnosticID(rawValue: imported.id), severity,
            at: SourceLocation(file: imported.file, line: imported.line, column: imported.column), imported.message)
    }
}
