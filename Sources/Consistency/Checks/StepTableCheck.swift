import AccessEngine
import Articles

/// Binds a step table to a flow of the engine and checks its numbering and its jumps.
struct StepTableCheck {
    let table: StepTable
    let tableIndex: Int

    func run(into items: inout [CheckedItem], diagnostics: inout [Diagnostic]) {
        guard let flow = bind(diagnostics: &diagnostics) else { return }
        var failures: [Diagnostic] = []
        let numbers = table.steps.map(\.number)
        let expected = Array(1...flow.steps.count)
        if numbers != expected {
            for (position, step) in table.steps.enumerated()
            where position >= expected.count || step.number != expected[position] {
                let wanted = position < expected.count ? "step \(expected[position])" : "no further step"
                failures.append(
                    Diagnostic(
                        .stepNumbering, at: step.numberCell.location,
                        "step \(step.number) of '\(flow.id.rawValue)' is out of place: the flow has \(wanted) here",
                        notes: [
                            "the flow '\(flow.title)' has \(flow.steps.count) steps numbered 1 to \(flow.steps.count)"
                        ]
                    ))
            }
            if table.steps.count < expected.count {
                let missing = expected.dropFirst(table.steps.count).map(String.init).joined(separator: ", ")
                failures.append(
                    Diagnostic(
                        .stepNumbering, at: table.location,
                        "the table has \(table.steps.count) steps but the flow '\(flow.id.rawValue)' has \(flow.steps.count): missing step \(missing)"
                    ))
            }
        }
        for step in table.steps {
            for skip in step.skipTargets
            where !flow.edges.contains(where: { $0.from == step.number && $0.to == skip.step }) {
                let edges = flow.edges.map { "\($0.from) → \($0.to)" }.joined(separator: ", ")
                failures.append(
                    Diagnostic(
                        .badSkip, at: skip.location,
                        "step \(step.number) jumps to step \(skip.step), which is not a jump of the flow '\(flow.id.rawValue)'",
                        notes: ["the flow's jumps: \(edges.isEmpty ? "none" : edges)"]
                    ))
            }
        }
        var item = CheckedItem(
            kind: .stepTable, name: "steps of \(flow.id.rawValue)",
            location: table.location, tableIndex: tableIndex, failures: failures
        )
        item.flow = flow.id
        items.append(item)
    }

    private func bind(diagnostics: inout [Diagnostic]) -> Flow? {
        let known = FlowID.allCases.map(\.rawValue).joined(separator: ", ")
        if let id = table.flow {
            guard let flowID = FlowID(rawValue: id) else {
                diagnostics.append(
                    Diagnostic(.unboundSteps, at: table.location, "unknown flow '\(id)'; known flows: \(known)"))
                return nil
            }
            return Flow.flow(flowID)
        }
        if let heading = table.heading, let flow = Flow.flow(forHeading: heading) { return flow }
        diagnostics.append(
            Diagnostic(
                .unboundSteps, at: table.location,
                "step table cannot be bound to a flow: the heading above it (\(table.heading.map { "'\($0)'" } ?? "none")) names no flow; add <!-- crosswalk: steps flow=ID --> (\(known)) or <!-- crosswalk: ignore -->"
            ))
        return nil
    }
}
