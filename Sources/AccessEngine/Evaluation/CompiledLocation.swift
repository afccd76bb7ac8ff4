/// A named location with its ranges parsed and its countries packed into integers.
struct CompiledLocation: Sendable {
    let ranges: [IPRange]
    let countries: [UInt16]
    let includeUnknownCountries: Bool
    let isTrusted: Bool
    let isIP: Bool

    init(_ location: NamedLocation, path: String) throws(DocumentError) {
        switch location {
        case .ip(let ip):
            var ranges: [IPRange] = []
            for text in ip.ipRanges {
                guard let range = IPRange(cidr: text) else {
                    throw .malformed(
                        "'\(text)' is not an IPv4 or IPv6 CIDR range", path: path, at: nil)
                }
                ranges.append(range)
            }
            self.ranges = ranges
            countries = []
            includeUnknownCountries = false
            isTrusted = ip.isTrusted
            isIP = true
        case .country(let country):
            ranges = []
            countries = country.countriesAndRegions.compactMap(Self.countryCode)
            includeUnknownCountries = country.includeUnknownCountriesAndRegions
            isTrusted = false
            isIP = false
        }
    }

    /// Packs a two-letter ISO code into 16 bits, ignoring case.
    static func countryCode(_ text: String) -> UInt16? {
        var iterator = text.utf8.makeIterator()
        guard let first = iterator.next(), let second = iterator.next(), iterator.next() == nil
        else { return nil }
        return UInt16(first & 0xDF) << 8 | UInt16(second & 0xDF)
    }

    func matches(address: IPAddress?, country: UInt16?) -> Bool {
        if isIP {
            guard let address else { return false }
            for range in ranges where range.contains(address) { return true }
            return false
        }
        guard let country else { return includeUnknownCountries }
        return countries.contains(country)
    }
}
