import AccessEngine

/// The labels of method tables (Table 1 of the seeds and its later wordings), as data:
/// `label: mode, mode` lines in `Data/MethodLabels+Data.swift`, the modes being Graph's
/// `authenticationMethodModes` members that make one combination.
enum MethodLabels {
    struct Entry: Sendable {
        var label: String
        var modes: [AuthenticationMethodMode]
    }

    static let text = VocabularyText(data)

    /// Every well-formed line; `problems` names the others.
    static let entries: [Entry] = text.entries.compactMap(entry)

    /// Lines that are not `label: mode, ...` with known modes; empty for well-formed data.
    static var problems: [Int] { text.entries.filter { entry($0) == nil }.map(\.line) }

    private static func entry(_ line: VocabularyText.Entry) -> Entry? {
        guard let (label, list) = VocabularyText.pair(line.text, separator: ":") else { return nil }
        let modes = list.split(separator: ",").map {
            AuthenticationMethodMode(rawValue: String($0.filter { $0 != " " }))
        }
        guard !modes.contains(nil) else { return nil }
        return Entry(label: label, modes: modes.compactMap { $0 })
    }
}
