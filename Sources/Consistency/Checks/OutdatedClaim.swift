import AccessEngine
import Articles

/// Guidance that was true when it was written and is not today: the article's own date
/// (`ms.date`) and the engine's answers under the behaviour in force then.
struct ArticleDate {
    let date: BehaviourDate
    let answers: EngineAnswers

    /// The article's date, when it has one and the behaviour then differs from today's.
    init?(_ article: Article) {
        guard let text = article.frontMatter.date, let date = BehaviourDate(text),
            Behaviour(asOf: date).revision != Behaviour.latest.revision
        else { return nil }
        self.date = date
        answers = EngineAnswers.asOf(date)
    }

    /// The diagnostic for a cell that agrees with the behaviour of the article's date: names
    /// what changed since and where it is documented.
    func outdated(_ what: String, at location: SourceLocation, today: String, why: [String]) -> Diagnostic {
        let changes = Behaviour.changes(since: date)
        let described = changes.map { "changed in the \($0.effective) revision: \($0.summary)" }.joined(separator: "; ")
        return Diagnostic(
            .outdated, at: location,
            "\(what): true as of \(date) (the article's ms.date); \(described). Today the engine says \(today)",
            notes: changes.map { "source: \($0.source)" } + why)
    }
}
