/// The Microsoft Entra ID licence of the resource tenant.
///
/// Conditional Access and cross-tenant trust settings need P1; without it a tenant can only use
/// security defaults (seed 003).
public enum License: String, DocumentVocabulary, Comparable {
    case free
    case p1
    case p2

    public static func < (lhs: License, rhs: License) -> Bool {
        lhs.rank < rhs.rank
    }

    private var rank: Int {
        switch self {
        case .free: 0
        case .p1: 1
        case .p2: 2
        }
    }
}
