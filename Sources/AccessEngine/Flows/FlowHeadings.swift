/// The headings, besides a flow's own title, that name it: older and newer wordings of the
/// seed documents, kept in `Data/FlowHeadings+Data.swift` as one section per flow id.
///
/// Headings are compared after `Renames.standard`, so "non-Azure AD external user" and
/// "non-Microsoft Entra ID external user" need only one line.
enum FlowHeadings {
    static let text = VocabularyText(data)

    static func aliases(for id: FlowID) -> [String] {
        text.section(id.rawValue)
    }
}
