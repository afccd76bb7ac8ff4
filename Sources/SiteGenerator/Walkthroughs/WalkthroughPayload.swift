import AccessEngine
import Foundation

/// The data a page embeds for the player: the questions, the steps of every flow an outcome
/// passes through, the distinct outcomes, and for each combination key the index of its
/// outcome.
struct WalkthroughPayload: Encodable {
    var flow: String
    var title: String
    var dimensions: [WalkthroughDimension]
    /// The opening sentence of a challenge's story.
    var opening: String
    /// By flow id, the flow's steps in the engine's words; a challenge quotes the deciding
    /// step from the page's step table when the page has one, else from here.
    var flowSteps: [String: [FlowStepEntry]]
    var outcomes: [WalkthroughOutcome]
    var cases: [String: Int]
    var defaultKey: String
    /// Words for verdicts and places, so the player and the fallback agree.
    var labels: [String: String]

    struct FlowStepEntry: Encodable {
        var number: Int
        var summary: String
    }

    init(_ walkthrough: CompiledWalkthrough) {
        flow = walkthrough.flow.id.rawValue
        title = walkthrough.flow.title
        dimensions = walkthrough.dimensions
        opening = walkthrough.opening
        var flows: Set<String> = [flow]
        for outcome in walkthrough.outcomes { flows.formUnion(outcome.steps.map(\.flow)) }
        var flowSteps: [String: [FlowStepEntry]] = [:]
        for id in FlowID.allCases where flows.contains(id.rawValue) {
            flowSteps[id.rawValue] = Flow.flow(id).steps.map { FlowStepEntry(number: $0.number, summary: $0.summary) }
        }
        self.flowSteps = flowSteps
        outcomes = walkthrough.outcomes
        cases = Dictionary(uniqueKeysWithValues: walkthrough.cases.map { ($0.combination.key, $0.outcome) })
        defaultKey = walkthrough.defaultKey
        var labels: [String: String] = [:]
        for verdict in WalkthroughText.verdicts {
            labels["verdict." + verdict] = WalkthroughText.verdict(verdict)
            labels["verdictDetail." + verdict] = WalkthroughText.verdictDetail(verdict)
        }
        for place in WalkthroughText.places { labels["mfa." + place] = WalkthroughText.mfa(place) }
        for flow in Flow.all { labels["flow." + flow.id.rawValue] = flow.title }
        self.labels = labels
    }

    /// Compact JSON with sorted keys, so two builds embed the same bytes.
    func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}

extension CompiledWalkthrough {
    /// The JSON the page embeds, before escaping for the script element.
    public var payloadJSON: String { WalkthroughPayload(self).json() }

    /// The size the budget counts: the UTF-8 bytes of the embedded JSON.
    public var payloadBytes: Int { payloadJSON.utf8.count }
}
