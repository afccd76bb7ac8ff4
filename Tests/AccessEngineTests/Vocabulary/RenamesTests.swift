import Testing

@testable import AccessEngine

// fundamentals/new-name (the Azure AD → Microsoft Entra ID rename) and the authentication methods
// articles' current names: older articles' wording binds to the same flows and labels.
@Suite("Renames and flow headings as data")
struct RenamesTests {
    @Test("the rename data and the flow heading data are well formed, and every section names a flow")
    func wellFormed() {
        #expect(Renames.malformedLines(VocabularyText(Renames.data)).isEmpty)
        let sections = Set(FlowHeadings.text.entries.map(\.section))
        #expect(sections.isSubset(of: Set(FlowID.allCases.map(\.rawValue))))
        #expect(!FlowHeadings.text.entries.contains { $0.section.isEmpty })
    }

    @Test(
        "old and new names of one thing read alike",
        arguments: [
            ("non-Azure AD external user", "non-Microsoft Entra ID external user"),
            ("Azure Active Directory users", "Microsoft Entra users"),
            ("Azure AD Multi-Factor Authentication", "Microsoft Entra multifactor authentication"),
            ("MFA for guests", "Multifactor authentication for guests"),
            ("SMS as second factor", "Text message as second factor"),
            ("Text message (SMS) as second factor", "text message as second factor"),
        ])
    func renamed(old: String, new: String) {
        #expect(Renames.standard.canonical(old) == Renames.standard.canonical(new))
    }

    @Test("words that merely contain a renamed word are left alone")
    func wholeWords() {
        #expect(Renames.standard.canonical("SMSes and MFAs") == "smses and mfas")
        #expect(Renames.standard.canonical("Azure ADX") == "azure adx")
    }

    @Test(
        "today's wording of a flow heading binds, after the 2023 rename",
        arguments: [
            (
                "Example 1: Authentication flow and token for a non-Microsoft Entra ID external user",
                FlowID.externalIdentityProvider
            ),
            ("Authentication flow for non-Microsoft Entra external users", .externalIdentityProvider),
            ("Authentication flow for external Microsoft Entra ID users", .entraCrossTenant),
            ("Authentication flow for external Azure AD users", .entraCrossTenant),
            ("Microsoft Entra multifactor authentication for B2B users", .resourceTenantMfa),
        ])
    func flowHeading(heading: String, flow: FlowID) {
        #expect(Flow.flow(forHeading: heading)?.id == flow)
    }

    @Test("the vocabulary text format: comments, sections, entries with their lines")
    func format() {
        let text = VocabularyText("# comment\nbefore\n[a]\n  one  \n\n[b]\ntwo => three\n")
        #expect(
            text.entries == [
                .init(section: "", text: "before", line: 2),
                .init(section: "a", text: "one", line: 4),
                .init(section: "b", text: "two => three", line: 7),
            ])
        #expect(VocabularyText.pair("two => three", separator: "=>")! == ("two", "three"))
        #expect(VocabularyText.pair("=> three", separator: "=>") == nil)
    }
}
