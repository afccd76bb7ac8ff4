import Testing

@testable import AccessEngine

/// Named locations by IPv4/IPv6 range and country, and `AllTrusted` (seeds 001, 002, 004:
/// "location-based policy based on IP ranges", "geographical locations").
@Suite struct LocationTests {
    let locations: [NamedLocation] = [
        .ip(
            IPNamedLocation(
                id: "office", displayName: "Partner office", isTrusted: true,
                ipRanges: ["203.0.113.0/24", "2001:db8:abcd::/48"])),
        .country(CountryNamedLocation(id: "embargo", displayName: "Embargo", countriesAndRegions: ["KP"])),
    ]

    func evaluate(_ policy: ConditionalAccessPolicy, ip: String? = nil, country: String? = nil) throws -> Evaluation {
        try Build.evaluate(
            Build.tenant([policy], locations: locations),
            Build.guest(conditions: SignInConditions(ipAddress: ip, country: country)))
    }

    @Test func ipv4AndIpv6RangesMatch() throws {
        let policy = Build.policy("office", locations: LocationCondition(includeLocations: ["office"]), grant: [.block])
        #expect(try evaluate(policy, ip: "203.0.113.77").decision == .blocked)
        #expect(try evaluate(policy, ip: "2001:db8:abcd:12::1").decision == .blocked)
        #expect(try evaluate(policy, ip: "198.51.100.1").decision == .granted)
        #expect(try evaluate(policy, ip: "2001:db8:abce::1").decision == .granted)
    }

    @Test func allTrustedExcludedLetsTheOfficeThrough() throws {
        let policy = Build.policy(
            "outside", locations: LocationCondition(includeLocations: ["All"], excludeLocations: ["AllTrusted"]),
            grant: [.block])
        #expect(try evaluate(policy, ip: "203.0.113.5").decision == .granted)
        #expect(try evaluate(policy, ip: "192.0.2.1").decision == .blocked)
    }

    @Test func countriesMatchIgnoringCase() throws {
        let policy = Build.policy(
            "embargo", locations: LocationCondition(includeLocations: ["embargo"]), grant: [.block])
        #expect(try evaluate(policy, country: "kp").decision == .blocked)
        #expect(try evaluate(policy, country: "NZ").policy("embargo")?.analysisReasons.names == ["location"])
    }

    /// An IP address without a country is not an "unknown country" (every address has a
    /// country for Entra, location-condition): the location is undecided, not matched.
    @Test func ipWithoutCountryLeavesUnknownCountriesUndecided() throws {
        let unknown: [NamedLocation] = [
            .country(
                CountryNamedLocation(
                    id: "anywhere-else", displayName: "Unknown", countriesAndRegions: ["KP"],
                    includeUnknownCountriesAndRegions: true))
        ]
        let policy = Build.policy(
            "unknown", locations: LocationCondition(includeLocations: ["anywhere-else"]), grant: [.block])
        let signIn = Build.guest(conditions: SignInConditions(ipAddress: "192.0.2.10"))
        let result = try Build.evaluate(Build.tenant([policy], locations: unknown), signIn)
        // Undecided, so its block counts: the address may be in North Korea.
        #expect(result.decision == .blocked)
        #expect(result.policy("unknown")?.analysisReasons.contains(.notEnoughInformation) == true)
        #expect(
            try evaluate(
                Build.policy("embargo", locations: LocationCondition(includeLocations: ["embargo"]), grant: [.block]),
                ip: "192.0.2.10"
            ).decision == .blocked)
    }

    @Test func unknownLocationGivesNotEnoughInformation() throws {
        let policy = Build.policy("office", locations: LocationCondition(includeLocations: ["office"]), grant: [.block])
        let result = try evaluate(policy)
        #expect(result.policy("office")?.analysisReasons.contains(.notEnoughInformation) == true)
    }

    @Test func unknownLocationIdAndBadRangeAreErrors() {
        let policy = Build.policy("x", locations: LocationCondition(includeLocations: ["nowhere"]))
        #expect(throws: DocumentError.self) { try CompiledTenant(Build.tenant([policy], locations: locations)) }
        let bad: [NamedLocation] = [.ip(IPNamedLocation(id: "bad", displayName: "bad", ipRanges: ["10.0.0.0/33"]))]
        #expect(throws: DocumentError.self) { try CompiledTenant(Build.tenant([], locations: bad)) }
    }

    @Test(arguments: [
        ("10.1.2.3", "10.0.0.0/8", true), ("11.0.0.1", "10.0.0.0/8", false),
        ("::ffff:10.0.0.1", "10.0.0.0/8", true), ("2001:db8::1", "2001:db8::/32", true),
        ("2001:db9::1", "2001:db8::/32", false), ("192.0.2.1", "0.0.0.0/0", true),
        ("192.0.2.1", "192.0.2.1", true),
    ])
    func cidrContainment(address: String, cidr: String, expected: Bool) throws {
        let range = try #require(IPRange(cidr: cidr))
        let ip = try #require(IPAddress(address))
        #expect(range.contains(ip) == expected)
    }
}
