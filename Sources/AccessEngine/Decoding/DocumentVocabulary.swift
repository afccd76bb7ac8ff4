/// A closed Graph vocabulary read case-insensitively from documents.
///
/// Graph documents name enum members in camelCase, but exports pass through hands and scripts
/// that change case (`AND`, `And`, `and`), so the engine compares without case and reports the
/// expected spellings when a value is unknown.
public protocol DocumentVocabulary: CaseIterable, RawRepresentable, Sendable
where RawValue == String {}

extension DocumentVocabulary {
    /// The member whose raw value equals `text` ignoring case.
    public init?(caseInsensitive text: String) {
        let wanted = text.trimmingWhitespace().lowercased()
        guard let match = Self.allCases.first(where: { $0.rawValue.lowercased() == wanted }) else {
            return nil
        }
        self = match
    }

    static var expectedSpellings: [String] { allCases.map(\.rawValue) }
}

extension String {
    func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
