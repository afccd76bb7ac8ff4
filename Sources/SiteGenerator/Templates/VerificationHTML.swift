import AccessEngine
import Articles
import Consistency

/// The mark a page shows under each table the engine verified (scenarios carry theirs on their
/// card, ``ScenarioCard``).
enum VerificationHTML {
    /// `flow` is the flow the check bound a step table to (``ArticleCheck/flow(ofTable:)``).
    static func table(
        _ table: TypedTable, _ verification: (checked: Int, failed: Int)?, flow: FlowID?
    ) -> (before: String, after: String) {
        // Step tables carry their flow, so the walkthrough player can highlight the steps taken.
        var opening = "<div class=\"typed-table\">\n"
        if let flow {
            opening = "<div class=\"typed-table flow-steps\" data-flow-steps=\"\(flow.rawValue)\">\n"
        }
        guard let verification, verification.failed == 0 else {
            return (opening, "</div>\n")
        }
        let what: String
        switch table {
        case .steps: what = "the steps and their jumps match the engine's flow"
        case .matrix: what = "all \(verification.checked) cells agree with the engine"
        case .methods: what = "all \(verification.checked) cells agree with the engine"
        }
        let note =
            "<p class=\"verified\"><span aria-hidden=\"true\">✔</span> Verified: \(what) (Crosswalk engine \(AccessEngine.version), behaviour as documented on \(Behaviour.latest.revision)).</p>\n"
        return (opening, note + "</div>\n")
    }
}

extension CheckedItem.Kind {
    /// The template key for counts of this kind (`matrixCells`, `scenarios`, ...).
    var contextKey: String {
        switch self {
        case .matrixCell: "matrixCells"
        case .methodCell: "methodCells"
        case .stepTable: "stepTables"
        case .scenario: "scenarios"
        }
    }
}
