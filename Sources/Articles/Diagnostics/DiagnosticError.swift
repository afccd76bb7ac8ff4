/// A diagnostic thrown where a single problem ends the work on one item.
public struct DiagnosticError: Error, Sendable {
    public var diagnostic: Diagnostic
    public init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }
}
