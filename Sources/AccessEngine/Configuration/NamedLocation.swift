/// Graph's polymorphic `namedLocation`.
public enum NamedLocation: Sendable, Hashable, Identifiable {
    /// `#microsoft.graph.ipNamedLocation`.
    case ip(IPNamedLocation)
    /// `#microsoft.graph.countryNamedLocation`.
    case country(CountryNamedLocation)

    public var id: String {
        switch self {
        case .ip(let location): location.id
        case .country(let location): location.id
        }
    }

    public var displayName: String {
        switch self {
        case .ip(let location): location.displayName
        case .country(let location): location.displayName
        }
    }
}

/// A set of IPv4 and IPv6 CIDR ranges, optionally marked trusted (`AllTrusted`).
public struct IPNamedLocation: Sendable, Hashable {
    public var id: String
    public var displayName: String
    public var isTrusted: Bool
    /// CIDR text such as `203.0.113.0/24` or `2001:db8::/32`.
    public var ipRanges: [String]

    public init(id: String, displayName: String, isTrusted: Bool = false, ipRanges: [String]) {
        self.id = id
        self.displayName = displayName
        self.isTrusted = isTrusted
        self.ipRanges = ipRanges
    }
}

/// A set of countries or regions by ISO 3166 two-letter code.
public struct CountryNamedLocation: Sendable, Hashable {
    public var id: String
    public var displayName: String
    public var countriesAndRegions: [String]
    /// Whether sign-ins whose country cannot be determined count as inside the location.
    public var includeUnknownCountriesAndRegions: Bool

    public init(
        id: String, displayName: String, countriesAndRegions: [String],
        includeUnknownCountriesAndRegions: Bool = false
    ) {
        self.id = id
        self.displayName = displayName
        self.countriesAndRegions = countriesAndRegions
        self.includeUnknownCountriesAndRegions = includeUnknownCountriesAndRegions
    }
}
