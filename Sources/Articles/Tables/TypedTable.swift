/// A table that Crosswalk understands, extracted with the position of every cell.
public enum TypedTable: Sendable {
    case steps(StepTable)
    case matrix(SupportMatrix)
    case methods(MethodTable)

    public var location: SourceLocation {
        switch self {
        case .steps(let table): table.location
        case .matrix(let table): table.location
        case .methods(let table): table.location
        }
    }

    /// A short name for summaries and reports.
    public var kindName: String {
        switch self {
        case .steps: "step table"
        case .matrix: "support matrix"
        case .methods: "method table"
        }
    }

    /// The plural of `kindName`.
    public var kindPluralName: String {
        switch self {
        case .steps: "step tables"
        case .matrix: "support matrices"
        case .methods: "method tables"
        }
    }
}
