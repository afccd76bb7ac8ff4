/// A calendar day: the unit in which Microsoft's documented behaviour changes are dated.
public struct BehaviourDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1900...9999).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads `2024-05-15` (ISO 8601, as on the command line) or `05/15/2024` (month first, as
    /// Microsoft Learn writes `ms.date`).
    public init?(_ text: String) {
        let trimmed = text.trimmingWhitespace()
        let iso = trimmed.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        if iso.count == 3, let year = iso[0], let month = iso[1], let day = iso[2], trimmed.first != "-" {
            self.init(year: year, month: month, day: day)
            return
        }
        let learn = trimmed.split(separator: "/", omittingEmptySubsequences: false).map { Int($0) }
        if learn.count == 3, let month = learn[0], let day = learn[1], let year = learn[2] {
            self.init(year: year, month: month, day: day)
            return
        }
        return nil
    }

    /// `2024-05-15`.
    public var description: String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(two(month))-\(two(day))"
    }

    public static func < (lhs: BehaviourDate, rhs: BehaviourDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}
