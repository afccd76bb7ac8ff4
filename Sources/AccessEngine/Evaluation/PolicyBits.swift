/// A fixed-size set of policy indexes.
///
/// Graph allows at most 195 Conditional Access policies per tenant, so 256 bits held inline
/// cover every real tenant and let each condition be answered for all policies at once with a
/// handful of word operations and no allocation.
struct PolicyBits: Sendable, Hashable {
    static let capacity = 256

    private var w0: UInt64 = 0
    private var w1: UInt64 = 0
    private var w2: UInt64 = 0
    private var w3: UInt64 = 0

    static let empty = PolicyBits()

    init() {}

    init(_ index: Int) {
        insert(index)
    }

    var isEmpty: Bool { (w0 | w1 | w2 | w3) == 0 }

    func contains(_ index: Int) -> Bool {
        let bit = UInt64(1) << UInt64(index & 63)
        switch index >> 6 {
        case 0: return w0 & bit != 0
        case 1: return w1 & bit != 0
        case 2: return w2 & bit != 0
        default: return w3 & bit != 0
        }
    }

    mutating func insert(_ index: Int) {
        precondition(index >= 0 && index < Self.capacity)
        let bit = UInt64(1) << UInt64(index & 63)
        switch index >> 6 {
        case 0: w0 |= bit
        case 1: w1 |= bit
        case 2: w2 |= bit
        default: w3 |= bit
        }
    }

    static func & (lhs: PolicyBits, rhs: PolicyBits) -> PolicyBits {
        var result = PolicyBits()
        result.w0 = lhs.w0 & rhs.w0
        result.w1 = lhs.w1 & rhs.w1
        result.w2 = lhs.w2 & rhs.w2
        result.w3 = lhs.w3 & rhs.w3
        return result
    }

    static func | (lhs: PolicyBits, rhs: PolicyBits) -> PolicyBits {
        var result = PolicyBits()
        result.w0 = lhs.w0 | rhs.w0
        result.w1 = lhs.w1 | rhs.w1
        result.w2 = lhs.w2 | rhs.w2
        result.w3 = lhs.w3 | rhs.w3
        return result
    }

    /// The members of `self` that are not in `other`.
    func subtracting(_ other: PolicyBits) -> PolicyBits {
        var result = PolicyBits()
        result.w0 = w0 & ~other.w0
        result.w1 = w1 & ~other.w1
        result.w2 = w2 & ~other.w2
        result.w3 = w3 & ~other.w3
        return result
    }

    static func |= (lhs: inout PolicyBits, rhs: PolicyBits) { lhs = lhs | rhs }

    /// Calls `body` with each index in increasing order.
    func forEach(_ body: (Int) -> Void) {
        Self.forEachBit(of: w0, offset: 0, body)
        Self.forEachBit(of: w1, offset: 64, body)
        Self.forEachBit(of: w2, offset: 128, body)
        Self.forEachBit(of: w3, offset: 192, body)
    }

    private static func forEachBit(of word: UInt64, offset: Int, _ body: (Int) -> Void) {
        var remaining = word
        while remaining != 0 {
            body(offset | remaining.trailingZeroBitCount)
            remaining &= remaining - 1
        }
    }
}

extension Dictionary where Value == PolicyBits {
    mutating func add(_ index: Int, for key: Key) {
        self[key, default: .empty].insert(index)
    }
}

/// The policies that include and exclude one key (a user, group, role, application or guest
/// type), kept together so a sign-in hashes each key once.
struct ScopedBits: Sendable, Hashable {
    var include = PolicyBits.empty
    var exclude = PolicyBits.empty
}

extension Dictionary where Value == ScopedBits {
    mutating func include(_ index: Int, for key: Key) {
        self[key, default: ScopedBits()].include.insert(index)
    }

    mutating func exclude(_ index: Int, for key: Key) {
        self[key, default: ScopedBits()].exclude.insert(index)
    }
}
