import AccessEngine
import Articles
import Foundation

/// Maps the labels authors write (portal wording, with any dash style, bold, case or a
/// "Grant controls -" prefix) to the engine's vocabulary, and names the nearest known label when a
/// label is not known.
struct LabelMatcher<Value: Sendable>: Sendable {
    private let entries: [(label: String, value: Value)]
    /// The first entry of each folded label, for lookups in constant time.
    private let index: [String: Value]
    private let prefixes: [String]
    /// Applied after folding, when the vocabulary follows Microsoft's renames.
    private let renames: Renames?
    private let memo = Memo()

    init(_ entries: [(String, Value)], prefixes: [String] = [], renames: Renames? = nil) {
        self.renames = renames
        self.entries = entries.map { (renames?.canonical(Self.fold($0.0)) ?? Self.fold($0.0), $0.1) }
        self.index = Dictionary(self.entries.map { ($0.label, $0.value) }, uniquingKeysWith: { first, _ in first })
        self.prefixes = prefixes.map(Self.fold)
    }

    func value(for label: String) -> Value? {
        memo.answer(for: label) { index[key(label)] }
    }

    /// Answers already worked out, by label as written. A site's tables repeat the same few
    /// dozen labels on every page, and folding one (with its prefix stripped) cost more than all
    /// the rest of checking a support matrix. Shared by the threads that check articles.
    private final class Memo: @unchecked Sendable {
        private let lock = NSLock()
        private var answers: [String: Value?] = [:]
        /// Bounds what hostile content can make it hold; beyond it, labels are folded each time.
        private static var capacity: Int { 4096 }

        func answer(for label: String, compute: () -> Value?) -> Value? {
            if let known = lock.withLock({ answers[label] }) { return known }
            let answer = compute()
            lock.withLock {
                if answers.count < Self.capacity { answers[label] = answer }
            }
            return answer
        }
    }

    /// The known label closest to `label`, for "did you mean" hints.
    func nearest(to label: String) -> String {
        let folded = key(label)
        return entries.min { Suggestion.distance($0.label, folded) < Suggestion.distance($1.label, folded) }?.label
            ?? ""
    }

    var values: [Value] { entries.map(\.value) }

    private func key(_ label: String) -> String {
        let stripped = strip(Self.fold(label))
        return renames?.canonical(stripped) ?? stripped
    }

    private func strip(_ label: String) -> String {
        for prefix in prefixes where label.utf8.starts(with: prefix.utf8) {
            return Substring(label.utf8.dropFirst(prefix.utf8.count)).trimmingBlanks()
        }
        return label
    }

    /// Lower case, `*` removed, dashes of any style read as spaces, single spaces.
    ///
    /// Every label of every table goes through here: ASCII labels, nearly all of them, are
    /// folded byte by byte as table cells are (`TableCell.normalize`); others scalar by scalar,
    /// for the typographic dashes and the no-break space.
    static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return TableCell.normalize(text, dashesAreSpaces: true)
        }
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.lowercased().unicodeScalars {
            switch scalar {
            case " ", "\t", "\n", "\r", "-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}",
                "\u{00A0}":
                pendingSpace = !scalars.isEmpty
            case "*":
                continue
            default:
                if pendingSpace { scalars.append(" ") }
                pendingSpace = false
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

}
