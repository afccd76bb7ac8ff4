import Foundation

/// An IPv4 or IPv6 address as 128 bits (IPv4 mapped into `::ffff:0:0/96`), parsed without
/// Foundation so that matching a sign-in against CIDR ranges is integer arithmetic.
struct IPAddress: Sendable, Hashable {
    var high: UInt64
    var low: UInt64

    init?(_ text: String) {
        if text.contains(":") {
            guard let parsed = Self.parseIPv6(Substring(text)) else { return nil }
            self = parsed
        } else {
            guard let v4 = Self.parseIPv4(Substring(text)) else { return nil }
            self.init(high: 0, low: 0xFFFF_0000_0000 | UInt64(v4))
        }
    }

    init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    private static func parseIPv4(_ text: Substring) -> UInt32? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var value: UInt32 = 0
        for part in parts {
            guard !part.isEmpty, part.count <= 3, let octet = UInt8(part) else { return nil }
            value = value << 8 | UInt32(octet)
        }
        return value
    }

    private static func parseIPv6(_ text: Substring) -> IPAddress? {
        var groups: [UInt16] = []
        var tail: [UInt16] = []
        let halves = text.components(separatedBy: "::")
        guard halves.count <= 2 else { return nil }
        func parseGroups(_ part: String, into result: inout [UInt16]) -> Bool {
            if part.isEmpty { return true }
            for piece in part.split(separator: ":", omittingEmptySubsequences: false) {
                if piece.contains("."), let v4 = parseIPv4(piece) {
                    result.append(UInt16(v4 >> 16))
                    result.append(UInt16(v4 & 0xFFFF))
                } else {
                    guard !piece.isEmpty, piece.count <= 4, let group = UInt16(piece, radix: 16)
                    else { return false }
                    result.append(group)
                }
            }
            return true
        }
        guard parseGroups(halves[0], into: &groups) else { return nil }
        if halves.count == 2 {
            guard parseGroups(halves[1], into: &tail), groups.count + tail.count < 8 else {
                return nil
            }
            groups += Array(repeating: 0, count: 8 - groups.count - tail.count) + tail
        }
        guard groups.count == 8 else { return nil }
        var high: UInt64 = 0
        var low: UInt64 = 0
        for group in groups[0..<4] { high = high << 16 | UInt64(group) }
        for group in groups[4..<8] { low = low << 16 | UInt64(group) }
        return IPAddress(high: high, low: low)
    }
}

/// A CIDR range such as `203.0.113.0/24` or `2001:db8::/32`.
struct IPRange: Sendable, Hashable {
    let network: IPAddress
    let maskHigh: UInt64
    let maskLow: UInt64

    init?(cidr text: String) {
        let parts = text.trimmingWhitespace().split(separator: "/", maxSplits: 1)
        guard let first = parts.first, let address = IPAddress(String(first)) else { return nil }
        let isV4 = !first.contains(":")
        let maxPrefix = isV4 ? 32 : 128
        var prefix = maxPrefix
        if parts.count == 2 {
            guard let value = Int(parts[1]), (0...maxPrefix).contains(value) else { return nil }
            prefix = value
        }
        let bits = isV4 ? prefix + 96 : prefix
        maskHigh = bits >= 64 ? .max : (bits == 0 ? 0 : ~(UInt64.max >> UInt64(bits)))
        let lowBits = bits - 64
        maskLow = lowBits <= 0 ? 0 : (lowBits >= 64 ? .max : ~(UInt64.max >> UInt64(lowBits)))
        network = IPAddress(high: address.high & maskHigh, low: address.low & maskLow)
    }

    func contains(_ address: IPAddress) -> Bool {
        address.high & maskHigh == network.high && address.low & maskLow == network.low
    }
}
