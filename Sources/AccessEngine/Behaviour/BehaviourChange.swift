/// One documented change in how the service treats external users.
///
/// The effective date is the revision date of the Microsoft Learn article that first shows the
/// new behaviour; the article and its revision are named so a reader can check it. Guidance
/// written before that date can be true as of its own date and wrong today, which is what
/// `crosswalk check` reports as outdated.
public struct BehaviourChange: Sendable, Hashable, Identifiable {
    public let id: String
    public let effective: BehaviourDate
    /// The article (title and path on Microsoft Learn) and the revision that shows the change.
    public let source: String
    /// What changed, in one sentence.
    public let summary: String

    public init(id: String, effective: BehaviourDate, source: String, summary: String) {
        self.id = id
        self.effective = effective
        self.source = source
        self.summary = summary
    }
}
