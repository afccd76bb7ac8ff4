/// A numbered `Step | Description` table describing an authentication flow.
public struct StepTable: Sendable {
    public struct Step: Sendable {
        public var number: Int
        public var numberCell: TableCell
        public var description: TableCell
        /// The steps this one jumps to ("If not, skip to step 6"), with where each is written.
        public var skipTargets: [SkipReference]
    }

    public struct SkipReference: Sendable, Hashable {
        public var step: Int
        public var location: SourceLocation
    }

    public var steps: [Step]
    public var location: SourceLocation
    /// The flow named by a directive (`<!-- crosswalk: steps flow=ID -->`), if any.
    public var flow: String?
    /// The text of the nearest heading above the table, to bind it to a flow by title.
    public var heading: String?
}
