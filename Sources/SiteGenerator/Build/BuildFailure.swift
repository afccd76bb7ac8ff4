import Articles

/// A build that must not publish: the diagnostics say why.
public struct BuildFailure: Error, Sendable {
    public var diagnostics: [Diagnostic]

    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }
}
