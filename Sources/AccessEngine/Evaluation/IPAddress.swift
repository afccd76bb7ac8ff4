/// An IPv4 or IPv6 address as 128 bits (IPv4 mapped into `::ffff:0:0/96`), parsed without
/// Foundation so that matching a sign-in against CIDR ranges is integer arithmetic.
struct IPAddress: Sendable, Hashable {
    var high: UInt64
    var low: UInt64

    init?(_ text: String) {
        var text = text
        guard let parsed = text.withUTF8({ Self.parse($0) }) else { return nil }
        self = parsed
    }

    init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> IPAddress? {
        if bytes.contains(UInt8(ascii: ":")) { return parseIPv6(bytes) }
        guard let v4 = parseIPv4(bytes, from: 0, to: bytes.count) else { return nil }
        return IPAddress(high: 0, low: 0xFFFF_0000_0000 | UInt64(v4))
    }

    /// Dotted quad in `bytes[from..<to]`, scanned without building substrings.
    private static func parseIPv4(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> UInt32? {
        var value: UInt32 = 0
        var octet: UInt32 = 0
        var digits = 0
        var dots = 0
        for index in from..<to {
            let byte = bytes[index]
            if byte == UInt8(ascii: ".") {
                guard digits > 0 else { return nil }
                value = value << 8 | octet
                octet = 0
                digits = 0
                dots += 1
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                octet = octet * 10 + UInt32(byte - UInt8(ascii: "0"))
                digits += 1
                guard digits <= 3, octet <= 255 else { return nil }
            } else {
                return nil
            }
        }
        guard dots == 3, digits > 0 else { return nil }
        return value << 8 | octet
    }

    private static func hexValue(_ byte: UInt8) -> UInt16? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt16(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt16(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt16(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// Eight hexadecimal groups with at most one `::` and an optional dotted-quad tail.
    private static func parseIPv6(_ bytes: UnsafeBufferPointer<UInt8>) -> IPAddress? {
        var groups = (UInt64(0), UInt64(0))  // high, low accumulated after expansion
        var head: [UInt16] = []
        var tail: [UInt16] = []
        head.reserveCapacity(8)
        var afterGap = false
        var index = 0
        let count = bytes.count
        if count >= 2, bytes[0] == UInt8(ascii: ":"), bytes[1] == UInt8(ascii: ":") {
            afterGap = true
            index = 2
        }
        while index < count {
            var end = index
            while end < count, bytes[end] != UInt8(ascii: ":") { end += 1 }
            let isLast = end == count
            if isLast, bytes[index..<end].contains(UInt8(ascii: ".")) {
                guard let v4 = parseIPv4(bytes, from: index, to: end) else { return nil }
                for group in [UInt16(v4 >> 16), UInt16(v4 & 0xFFFF)] {
                    if afterGap { tail.append(group) } else { head.append(group) }
                }
                index = end
                break
            }
            guard end > index, end - index <= 4 else { return nil }
            var group: UInt16 = 0
            for position in index..<end {
                guard let digit = hexValue(bytes[position]) else { return nil }
                group = group << 4 | digit
            }
            if afterGap { tail.append(group) } else { head.append(group) }
            index = end
            if index < count {
                index += 1
                if index < count, bytes[index] == UInt8(ascii: ":") {
                    guard !afterGap else { return nil }
                    afterGap = true
                    index += 1
                } else if index == count {
                    return nil
                }
            }
        }
        let total = head.count + tail.count
        guard afterGap ? total < 8 : total == 8 else { return nil }
        let all = head + Array(repeating: 0, count: 8 - total) + tail
        for group in all[0..<4] { groups.0 = groups.0 << 16 | UInt64(group) }
        for group in all[4..<8] { groups.1 = groups.1 << 16 | UInt64(group) }
        return IPAddress(high: groups.0, low: groups.1)
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
