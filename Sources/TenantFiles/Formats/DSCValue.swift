/// A value as a DSC configuration writes it, before it is given Graph's shape.
///
/// Variables the file defines are already substituted; the ones it does not stay
/// ``Kind/variable(_:)`` (or a reference inside a ``Kind/string(_:)``) so that the reader can
/// keep them as text and say so when they matter.
struct DSCValue: Sendable, Hashable {
    indirect enum Kind: Sendable, Hashable {
        case string(PowerShellString)
        case number(Double)
        case bool(Bool)
        case null
        /// An unresolved `$name` or `$name.Member.Path`, without the `$`.
        case variable(String)
        case array([DSCValue])
        /// `MSFT_ClassName { Property = value ... }`
        case instance(className: String, properties: [DSCProperty])
        /// `@{ Key = value ... }`
        case hashtable([DSCProperty])
        /// Anything else (a command, an operator, a script block): kept as written, never run.
        case expression(String)
    }

    var kind: Kind
    /// Where the value starts in the file.
    var position: TextPosition

    init(_ kind: Kind, at position: TextPosition) {
        self.kind = kind
        self.position = position
    }
}

/// One `Name = value` line of a resource block, CIM instance or hashtable.
struct DSCProperty: Sendable, Hashable {
    var name: String
    /// Where the property's name is written.
    var position: TextPosition
    var value: DSCValue
}

/// One resource block: `AADNamedLocationPolicy "Office" { ... }`.
struct DSCResource: Sendable, Hashable {
    /// The resource type as written, such as `AADConditionalAccessPolicy`.
    var type: String
    /// The instance name written after the type.
    var name: String
    /// Where the type name is written.
    var position: TextPosition
    var properties: [DSCProperty]

    /// The first property of that name; PowerShell compares names without case.
    func property(_ name: String) -> DSCProperty? {
        properties.first { $0.name.caseInsensitiveEquals(name) }
    }

    func value(_ name: String) -> DSCValue? { property(name)?.value }
}

extension [DSCProperty] {
    /// The first property of that name, compared without case.
    func named(_ name: String) -> DSCProperty? {
        first { $0.name.caseInsensitiveEquals(name) }
    }
}

extension String {
    /// ASCII case-insensitive equality, which is how PowerShell compares property and variable
    /// names in practice, without allocating lowercased copies.
    func caseInsensitiveEquals(_ other: String) -> Bool {
        let lhs = utf8
        let rhs = other.utf8
        guard lhs.count == rhs.count else { return false }
        for (left, right) in zip(lhs, rhs) where left != right {
            guard Self.asciiLowercase(left) == Self.asciiLowercase(right) else { return false }
        }
        return true
    }

    private static func asciiLowercase(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }
}
