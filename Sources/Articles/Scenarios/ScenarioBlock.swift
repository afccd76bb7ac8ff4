import Yams

/// A ` ```crosswalk-scenario ` block: a sign-in and what the guidance claims happens to it.
///
/// The Markdown layer knows nothing of policies, so the YAML is kept as a parsed document with
/// positions; the consistency checker gives it meaning.
public struct ScenarioBlock: @unchecked Sendable {
    /// Where the fence opens.
    public var location: SourceLocation
    /// The YAML as written.
    public var source: String
    /// The parsed YAML. (`Yams.Node` is an immutable value tree; it is not marked `Sendable` upstream.)
    public var document: Node
    /// The line of the file on which the YAML starts, to turn node marks into file positions.
    public var firstLine: Int

    /// The file position of a node of `document`.
    public func location(of node: Node) -> SourceLocation {
        YAMLDiagnostic.location(of: node, file: location.file, firstLine: firstLine)
    }
}
