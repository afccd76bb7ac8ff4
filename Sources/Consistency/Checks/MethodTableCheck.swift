import AccessEngine
import Articles

/// Compares each row of an authentication-method table with whether the engine lets a guest meet
/// a strength allowing only that method, at home (MFA trust on) and in the resource tenant.
struct MethodTableCheck {
    let table: MethodTable
    let tableIndex: Int
    let answers: EngineAnswers
    /// The article's date, when the behaviour then differs from today's.
    let written: ArticleDate?

    func run(into items: inout [CheckedItem], diagnostics: inout [Diagnostic]) {
        for row in table.rows {
            guard let modes = PortalVocabulary.methods.value(for: row.method.text) else {
                diagnostics.append(
                    Diagnostic(
                        .unknownMethod, at: row.method.location,
                        "unknown authentication method '\(row.method.text)'; did you mean '\(PortalVocabulary.methods.nearest(to: row.method.text))'?"
                    ))
                continue
            }
            let answer = answers.method(modes)
            let then = written?.answers.method(modes)
            for (mark, engine, earlier, column) in [
                (row.home, answer.home, then?.home, "home tenant"),
                (row.resource, answer.resource, then?.resource, "resource tenant"),
            ] {
                var failures: [Diagnostic] = []
                if mark.isAllowed != engine, let written, earlier == mark.isAllowed {
                    failures.append(
                        written.outdated(
                            "'\(row.method.text)' in the \(column) (\(mark.isAllowed ? "✅" : "not allowed"))",
                            at: mark.cell.location,
                            today: engine ? "allowed" : "not allowed", why: answer.why))
                } else if mark.isAllowed != engine {
                    failures.append(
                        Diagnostic(
                            .methodCellMismatch, at: mark.cell.location,
                            "'\(row.method.text)' in the \(column): the table says \(mark.isAllowed ? "✅" : "not allowed"), the engine says \(engine ? "allowed" : "not allowed")",
                            notes: answer.why
                        ))
                }
                items.append(
                    CheckedItem(
                        kind: .methodCell, name: "\(row.method.text) × \(column)",
                        location: mark.cell.location, tableIndex: tableIndex, failures: failures
                    ))
            }
        }
    }
}
