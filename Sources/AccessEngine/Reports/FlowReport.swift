/// A flow as plain `Codable` data for `crosswalk flows --format json` and the site.
public struct FlowReport: Codable, Sendable, Hashable {
    public var id: FlowID
    public var title: String
    public var titleAliases: [String]
    public var steps: [Step]
    public var edges: [Edge]
    public var inputs: [Input]

    public struct Step: Codable, Sendable, Hashable {
        public var number: Int
        public var actor: FlowActor
        public var summary: String
    }

    public struct Edge: Codable, Sendable, Hashable {
        public var from: Int
        public var to: Int
        public var condition: String
    }

    public struct Input: Codable, Sendable, Hashable {
        public var path: String
        public var values: [String]
    }

    public init(_ flow: Flow) {
        id = flow.id
        title = flow.title
        titleAliases = flow.titleAliases
        steps = flow.steps.map { Step(number: $0.number, actor: $0.actor, summary: $0.summary) }
        edges = flow.edges.map { Edge(from: $0.from, to: $0.to, condition: $0.condition) }
        inputs = flow.inputs.map { Input(path: $0.path, values: $0.values) }
    }
}
