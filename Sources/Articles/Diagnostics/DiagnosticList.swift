/// Diagnostics collected while processing, in the order they were found.
///
/// A reference type is not needed: each stage owns its list and hands it on as a value.
public struct DiagnosticList: Sendable {
    public private(set) var all: [Diagnostic] = []

    public init(_ diagnostics: [Diagnostic] = []) { self.all = diagnostics }

    public mutating func append(_ diagnostic: Diagnostic) { all.append(diagnostic) }
    public mutating func append(contentsOf other: some Sequence<Diagnostic>) { all.append(contentsOf: other) }

    public var hasErrors: Bool { all.contains { $0.severity == .error } }
    public var errors: [Diagnostic] { all.filter { $0.severity == .error } }

    /// Sorted by file, line and column, without duplicates: the order a reader fixes them in.
    public var sorted: [Diagnostic] { Array(Set(all)).sorted() }
}
