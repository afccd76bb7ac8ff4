/// Where an article places an interactive walkthrough of a flow.
public struct WalkthroughPlacement: Sendable, Equatable {
    public var flow: String
    public var location: SourceLocation
}
