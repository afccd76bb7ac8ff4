import AccessEngine
import Articles

/// Compares each cell of a support matrix with what the engine decides for that control and
/// kind of external user.
struct MatrixCheck {
    let matrix: SupportMatrix
    let tableIndex: Int
    let answers: EngineAnswers
    /// The article's date, when the behaviour then differs from today's.
    let written: ArticleDate?

    func run(into items: inout [CheckedItem], diagnostics: inout [Diagnostic]) {
        var paths: [AccessPath?] = []
        for column in matrix.userKinds {
            let path = PortalVocabulary.userKinds.value(for: column.text)
            if path == nil {
                diagnostics.append(
                    Diagnostic(
                        .unknownUserKind, at: column.location,
                        "unknown kind of external user '\(column.text)'; did you mean '\(PortalVocabulary.userKinds.nearest(to: column.text))'?"
                    ))
            }
            paths.append(path)
        }
        for row in matrix.rows {
            guard let control = PortalVocabulary.controls.value(for: row.control.text) else {
                diagnostics.append(
                    Diagnostic(
                        .unknownControl, at: row.control.location,
                        "unknown control '\(row.control.text)'; did you mean '\(PortalVocabulary.controls.nearest(to: row.control.text))'?"
                    ))
                continue
            }
            for (cell, column) in zip(row.cells, zip(matrix.userKinds, paths)) {
                guard let path = column.1 else { continue }
                let answer = answers.support(for: control, path)
                var failures: [Diagnostic] = []
                if answer.support != cell.support, let written,
                    written.answers.support(for: control, path).support == cell.support
                {
                    failures.append(
                        written.outdated(
                            "'\(row.control.text)' for \(column.0.text) (\(cell.support))", at: cell.cell.location,
                            today: "\(answer.support)", why: answer.why))
                } else if answer.support != cell.support {
                    failures.append(
                        Diagnostic(
                            .matrixCellMismatch, at: cell.cell.location,
                            "'\(row.control.text)' for \(column.0.text): the table says \(cell.support), the engine says \(answer.support)",
                            notes: ["expected (engine): \(answer.support)", "actual (table): \(cell.support)"]
                                + answer.why
                        ))
                }
                items.append(
                    CheckedItem(
                        kind: .matrixCell, name: "\(row.control.text) × \(column.0.text)",
                        location: cell.cell.location, tableIndex: tableIndex, failures: failures
                    ))
            }
        }
    }
}
