/// Renames Microsoft applied across its products and documentation, applied to every heading
/// and label Crosswalk reads, so guidance written before and after a rename reads the same:
/// "Azure AD" became "Microsoft Entra ID" in 2023, and portals say "SMS" or "Text message" for
/// the same method.
///
/// Text is compared as lower-case words (letters and digits; everything else separates
/// words); each rename replaces a run of words by its canonical form, longest runs first.
public struct Renames: Sendable {
    private let rules: [(words: [String], canonical: [String])]

    /// The renames in `Data/Renames+Data.swift`.
    public static let standard = Renames(VocabularyText(Renames.data))

    init(_ text: VocabularyText) {
        let rules = text.entries.compactMap { entry -> ([String], [String])? in
            guard let (old, new) = VocabularyText.pair(entry.text, separator: "=>") else { return nil }
            return (Self.words(old), Self.words(new))
        }
        // Longest first, so "text message sms" wins over "sms".
        self.rules = rules.sorted { $0.0.count > $1.0.count }
    }

    /// Lines of the data that are not `old => new`; empty for well-formed data.
    static func malformedLines(_ text: VocabularyText) -> [Int] {
        text.entries.filter { VocabularyText.pair($0.text, separator: "=>") == nil }.map(\.line)
    }

    /// `text` as lower-case words with every rename applied, joined by single spaces.
    public func canonical(_ text: String) -> String {
        canonicalWords(Self.words(text)).joined(separator: " ")
    }

    /// `words` (already lower case) with every rename applied.
    public func canonicalWords(_ words: [String]) -> [String] {
        var output: [String] = []
        output.reserveCapacity(words.count)
        var index = 0
        outer: while index < words.count {
            for rule in rules where words[index...].starts(with: rule.words) {
                // A canonical form already in place is not expanded again ("text message sms").
                output += rule.canonical
                index += rule.words.count
                continue outer
            }
            output.append(words[index])
            index += 1
        }
        return output
    }

    static func words(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }
}
