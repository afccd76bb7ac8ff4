/// A configuration or sign-in document that the engine cannot rely on.
///
/// The message names the offending field with its dotted path (for example
/// `grantControls.builtInControls`) and, when known, the position in the source file, so a
/// command-line tool can print `file:line:column: error: message` without interpreting it.
public struct DocumentError: Error, Sendable, Hashable, CustomStringConvertible {
    private enum Reason: Sendable, Hashable {
        case unknownValue(String, expected: [String])
        case wrongShape(expected: String, found: String)
        case missingMember
        case malformed(String)
        case inconsistent(String)
    }

    private let reason: Reason
    /// The dotted path of the field in the document, empty for the document itself.
    public let path: String
    /// Where the offending value was written, when the parser recorded it.
    public let location: DocumentPosition?

    private init(_ reason: Reason, path: String, location: DocumentPosition?) {
        self.reason = reason
        self.path = path
        self.location = location
    }

    static func unknownValue(
        _ value: String, expected: [String], path: String, at location: DocumentPosition?
    ) -> DocumentError {
        DocumentError(.unknownValue(value, expected: expected), path: path, location: location)
    }

    static func wrongShape(
        expected: String, found: DocumentValue, path: String
    ) -> DocumentError {
        DocumentError(
            .wrongShape(expected: expected, found: found.shapeName), path: path,
            location: found.location)
    }

    static func missingMember(path: String, at location: DocumentPosition?) -> DocumentError {
        DocumentError(.missingMember, path: path, location: location)
    }

    /// Text that could not be parsed at all (JSON syntax, an IP range, a device filter rule).
    public static func malformed(
        _ detail: String, path: String = "", at location: DocumentPosition?
    ) -> DocumentError {
        DocumentError(.malformed(detail), path: path, location: location)
    }

    /// Values that parse but contradict each other (a policy naming a strength that does not
    /// exist, policies in a tenant without a licence for them).
    public static func inconsistent(
        _ detail: String, path: String = "", at location: DocumentPosition?
    ) -> DocumentError {
        DocumentError(.inconsistent(detail), path: path, location: location)
    }

    /// A short, stable name of the kind of problem (`unknown-value`, `wrong-shape`, `missing`,
    /// `malformed`, `inconsistent`), from which tools build their diagnostic ids.
    public var category: String {
        switch reason {
        case .unknownValue: "unknown-value"
        case .wrongShape: "wrong-shape"
        case .missingMember: "missing"
        case .malformed: "malformed"
        case .inconsistent: "inconsistent"
        }
    }

    /// The message without the position.
    public var message: String {
        let subject = path.isEmpty ? "document" : path
        switch reason {
        case .unknownValue(let value, let expected):
            return "unknown value '\(value)' for \(subject); expected one of "
                + expected.joined(separator: ", ")
        case .wrongShape(let expected, let found):
            return "\(subject) must be \(expected), found \(found)"
        case .missingMember:
            return "\(subject) is required"
        case .malformed(let detail), .inconsistent(let detail):
            return path.isEmpty ? detail : "\(subject): \(detail)"
        }
    }

    /// `location: error: message`, the shape compilers use.
    public var description: String {
        if let location { return "\(location): error: \(message)" }
        return "error: \(message)"
    }
}
