/// One authentication method mode in Graph's `authenticationMethodModes` vocabulary.
public enum AuthenticationMethodMode: String, DocumentVocabulary, Comparable {
    case password
    case voice
    case hardwareOath
    case softwareOath
    case sms
    case fido2
    case windowsHelloForBusiness
    case microsoftAuthenticatorPush
    /// Microsoft Authenticator phone sign-in.
    case deviceBasedPush
    case temporaryAccessPassOneTime
    case temporaryAccessPassMultiUse
    case email
    case x509CertificateSingleFactor
    case x509CertificateMultiFactor
    case federatedSingleFactor
    case federatedMultiFactor
    case qrCodePin

    public static func < (lhs: Self, rhs: Self) -> Bool {
        lhs.bitIndex < rhs.bitIndex
    }

    var bitIndex: Int { Self.allCases.firstIndex(of: self)! }
}

/// A combination of method modes, such as `password,microsoftAuthenticatorPush`.
///
/// Combinations are bit sets so that "does what the user did satisfy this strength" is a subset
/// test with no allocation.
public struct AuthenticationMethodModes: OptionSet, Sendable, Hashable, CustomStringConvertible {
    public let rawValue: UInt32

    public init(rawValue: UInt32) {
        self.rawValue = rawValue
    }

    public init(_ mode: AuthenticationMethodMode) {
        self.init(rawValue: 1 << UInt32(mode.bitIndex))
    }

    public init(_ modes: [AuthenticationMethodMode]) {
        self = modes.reduce(into: []) { $0.insert(AuthenticationMethodModes($1)) }
    }

    public var modes: [AuthenticationMethodMode] {
        AuthenticationMethodMode.allCases.filter { contains(AuthenticationMethodModes($0)) }
    }

    /// Graph's spelling: the mode names joined by commas.
    public var description: String {
        modes.map(\.rawValue).joined(separator: ",")
    }
}
