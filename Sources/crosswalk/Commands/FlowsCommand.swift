import AccessEngine
import ArgumentParser

/// `crosswalk flows`: lists the authentication flows the engine knows.
struct FlowsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "flows",
        abstract: "List the authentication flows for external users, with their steps."
    )

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run() throws {
        switch format {
        case .json:
            print(try JSONOutput.render(Flow.all.map(FlowReport.init)), terminator: "")
        case .text:
            var lines: [String] = []
            for flow in Flow.all {
                lines.append("\(flow.id.rawValue): \(flow.title)")
                for step in flow.steps {
                    lines.append("  \(step.number). [\(step.actor.rawValue)] \(step.summary)")
                }
                for edge in flow.edges {
                    lines.append("  step \(edge.from) → step \(edge.to) if \(edge.condition)")
                }
                lines.append("  inputs: " + flow.inputs.map(\.path).joined(separator: ", "))
                lines.append("")
            }
            print(lines.joined(separator: "\n"), terminator: "")
        }
    }
}
