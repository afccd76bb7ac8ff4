import Articles

/// A build that must not publish: the diagnostics say why.
public struct BuildFailure: Error, Sendable {
    public var diagnostics: [Diagnostic]

    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    /// With `warningsAsErrors` (CI's `--warnings-as-errors`), every warning is reported as the
    /// error that stopped the build.
    init(diagnostics: [Diagnostic], warningsAsErrors: Bool) {
        self.diagnostics =
            warningsAsErrors
            ? diagnostics.map { diagnostic in
                var diagnostic = diagnostic
                if diagnostic.severity == .warning { diagnostic.severity = .error }
                return diagnostic
            }
            : diagnostics
    }
}
