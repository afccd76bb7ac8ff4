/// The plain-text format of Crosswalk's vocabularies, kept as data so a reviewer can read and
/// extend them without reading code: `# comments`, `[section]` headers, one entry a line, and
/// `left => right` or `label: value` pairs where a vocabulary needs them.
///
/// The texts are compiled into the binary (so `crosswalk` runs as one file); the tests read
/// every line of every vocabulary, so a malformed one fails the build of the tests, not a user.
public struct VocabularyText: Sendable {
    /// One entry: the section it is in (empty before the first header) and its text.
    public struct Entry: Sendable, Hashable {
        public var section: String
        public var text: String
        /// The line in the text, from 1, for reporting.
        public var line: Int
    }

    public let entries: [Entry]

    public init(_ text: String) {
        var entries: [Entry] = []
        var section = ""
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.drop { $0 == " " || $0 == "\t" }
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            if line.hasPrefix("["), line.hasSuffix("]") {
                section = String(line.dropFirst().dropLast())
            } else {
                entries.append(
                    Entry(
                        section: section, text: String(line.reversed().drop { $0 == " " }.reversed()), line: offset + 1)
                )
            }
        }
        self.entries = entries
    }

    /// The entries of one section, in order.
    public func section(_ name: String) -> [String] {
        entries.filter { $0.section == name }.map(\.text)
    }

    /// Splits `left SEPARATOR right` around the first separator; `nil` when there is none.
    public static func pair(_ entry: String, separator: String) -> (String, String)? {
        guard let range = entry.range(of: separator) else { return nil }
        let left = entry[..<range.lowerBound].trimmingSpaces
        let right = entry[range.upperBound...].trimmingSpaces
        guard !left.isEmpty, !right.isEmpty else { return nil }
        return (left, right)
    }
}

extension StringProtocol {
    fileprivate var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
