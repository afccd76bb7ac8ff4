import Foundation

/// An instruction to Crosswalk written as an HTML comment, e.g.
/// `<!-- crosswalk: steps flow=entra-cross-tenant -->`.
///
/// Comments are invisible on every other Markdown renderer, so articles stay portable.
public struct Directive: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        /// The next table is a step table (optionally bound with `flow=ID`).
        case steps
        /// The next table is a support matrix.
        case matrix
        /// The next table is an authentication-method table.
        case methods
        /// The next table is not to be interpreted.
        case ignore
        /// An interactive walkthrough of `flow=ID` is placed here.
        case walkthrough
    }

    public var kind: Kind
    public var arguments: [String: String]
    public var location: SourceLocation

    /// Parses an HTML block. Returns `nil` when it is not a Crosswalk directive at all, and throws a
    /// diagnostic when it is one Crosswalk cannot follow.
    static func parse(html: String, at location: SourceLocation) throws(DiagnosticError) -> Directive? {
        let trimmed = html.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.hasPrefix("<!--"), trimmed.hasSuffix("-->") else { return nil }
        let body = trimmed.dropFirst(4).dropLast(3).trimmingCharacters(in: .whitespacesAndNewlines)
        guard body.lowercased().hasPrefix("crosswalk:") else { return nil }
        let words = body.dropFirst("crosswalk:".count).split(whereSeparator: \.isWhitespace).map(String.init)
        guard let name = words.first else {
            throw DiagnosticError(
                Diagnostic(
                    .unknownDirective, at: location, "empty crosswalk directive; expected one of \(Self.kindList)"))
        }
        guard let kind = Kind(rawValue: name.lowercased()) else {
            throw DiagnosticError(
                Diagnostic(
                    .unknownDirective, at: location,
                    "unknown crosswalk directive '\(name)'; expected one of \(Self.kindList)"))
        }
        var arguments: [String: String] = [:]
        for word in words.dropFirst() {
            let parts = word.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty else {
                throw DiagnosticError(
                    Diagnostic(
                        .unknownDirective, at: location, "directive argument '\(word)' is not of the form key=value"))
            }
            arguments[parts[0]] = parts[1].trimming { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") }
        }
        if kind == .walkthrough, arguments["flow"] == nil {
            throw DiagnosticError(Diagnostic(.unknownDirective, at: location, "walkthrough directive needs flow=ID"))
        }
        return Directive(kind: kind, arguments: arguments, location: location)
    }

    private static var kindList: String { Kind.allCases.map(\.rawValue).joined(separator: ", ") }
}
