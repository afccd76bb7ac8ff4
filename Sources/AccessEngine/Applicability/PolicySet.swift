/// A set of a tenant's policies, by their position in `conditionalAccessPolicies`.
///
/// The public face of the evaluator's bit sets: a precomputed tool (the site's What If page)
/// stores one per condition answer and combines them with `&`, so it needs their members and
/// nothing of how the evaluator lays them out.
public struct PolicySet: Sendable, Hashable {
    var bits: PolicyBits

    init(_ bits: PolicyBits) {
        self.bits = bits
    }

    public init(_ indexes: some Sequence<Int>) {
        var bits = PolicyBits.empty
        for index in indexes { bits.insert(index) }
        self.bits = bits
    }

    public static let empty = PolicySet(PolicyBits.empty)

    public var isEmpty: Bool { bits.isEmpty }

    /// The positions, in increasing order.
    public var indexes: [Int] { Array(bits) }

    public func contains(_ index: Int) -> Bool { bits.contains(index) }

    public static func & (lhs: PolicySet, rhs: PolicySet) -> PolicySet { PolicySet(lhs.bits & rhs.bits) }

    public static func | (lhs: PolicySet, rhs: PolicySet) -> PolicySet { PolicySet(lhs.bits | rhs.bits) }

    public func subtracting(_ other: PolicySet) -> PolicySet { PolicySet(bits.subtracting(other.bits)) }
}
