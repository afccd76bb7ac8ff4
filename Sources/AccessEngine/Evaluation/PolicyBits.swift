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

}

extension PolicyBits: Sequence {
    /// The indexes in increasing order, read word by word.
    struct Iterator: IteratorProtocol {
        private var words: (UInt64, UInt64, UInt64, UInt64)
        private var wordIndex = 0

        init(_ bits: PolicyBits) {
            words = (bits.w0, bits.w1, bits.w2, bits.w3)
        }

        mutating func next() -> Int? {
            while wordIndex < 4 {
                let word: UInt64
                switch wordIndex {
                case 0: word = words.0
                case 1: word = words.1
                case 2: word = words.2
                default: word = words.3
                }
                if word != 0 {
                    let bit = word.trailingZeroBitCount
                    let remaining = word & (word - 1)
                    switch wordIndex {
                    case 0: words.0 = remaining
                    case 1: words.1 = remaining
                    case 2: words.2 = remaining
                    default: words.3 = remaining
                    }
                    return wordIndex << 6 | bit
                }
                wordIndex += 1
            }
            return nil
        }
    }

    func makeIterator() -> Iterator { Iterator(self) }
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
