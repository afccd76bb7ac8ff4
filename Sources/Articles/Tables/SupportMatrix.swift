/// A policy comparison table: rows are controls, columns are kinds of external user.
public struct SupportMatrix: Sendable {
    public struct Row: Sendable {
        public var control: TableCell
        public var cells: [Cell]
    }

    public struct Cell: Sendable {
        public var support: Support
        public var cell: TableCell
    }

    public var corner: TableCell
    public var userKinds: [TableCell]
    public var rows: [Row]
    public var location: SourceLocation
}

/// What a comparison table says about a control for one kind of external user.
public enum Support: Sendable, Hashable, CustomStringConvertible {
    case supported
    case notSupported
    /// Supported only when the resource tenant's inbound settings trust this claim.
    case supportedWhenTrusted(TrustedClaim)

    public var description: String {
        switch self {
        case .supported: "supported"
        case .notSupported: "not supported"
        case .supportedWhenTrusted(let claim): "supported when \(claim.rawValue) claims are trusted"
        }
    }
}

/// The claims a resource tenant can choose to trust from a user's home tenant.
public enum TrustedClaim: String, Sendable, Hashable, CaseIterable {
    case mfa
    case compliantDevice
    case hybridJoinedDevice
}
