extension IPNamedLocation {
    /// Whether one of the location's ranges holds `address` (IPv4 or IPv6 text), as the engine
    /// decides it: a tool picking an address "no named location covers" asks this.
    public func contains(ipAddress address: String) -> Bool {
        guard let parsed = IPAddress(address) else { return false }
        return ipRanges.contains { IPRange(cidr: $0)?.contains(parsed) ?? false }
    }
}
