import Articles
import Consistency
import TenantFiles

/// Prints tenant-import diagnostics the way every other diagnostic is printed.
enum ImportDiagnosticPrinter {
    static func print(_ diagnostics: [ImportDiagnostic]) {
        DiagnosticPrinter().print(diagnostics.map(Diagnostic.init))
    }
}
