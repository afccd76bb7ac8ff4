import Articles

extension DiagnosticID {
    public static let unknownControl: DiagnosticID = "crosswalk.matrix.unknown-control"
    public static let unknownUserKind: DiagnosticID = "crosswalk.matrix.unknown-user-kind"
    public static let matrixCellMismatch: DiagnosticID = "crosswalk.matrix.cell-mismatch"
    public static let unknownMethod: DiagnosticID = "crosswalk.methods.unknown-method"
    public static let methodCellMismatch: DiagnosticID = "crosswalk.methods.cell-mismatch"
    public static let unboundSteps: DiagnosticID = "crosswalk.steps.unbound"
    public static let stepNumbering: DiagnosticID = "crosswalk.steps.numbering"
    public static let badSkip: DiagnosticID = "crosswalk.steps.bad-skip"
    public static let invalidScenario: DiagnosticID = "crosswalk.scenario.invalid"
    public static let unknownTenant: DiagnosticID = "crosswalk.scenario.unknown-tenant"
    public static let scenarioMismatch: DiagnosticID = "crosswalk.scenario.mismatch"
    public static let unexpectedAgreement: DiagnosticID = "crosswalk.scenario.should-fail"
    /// True at the article's `ms.date`, not under today's documented behaviour.
    public static let outdated: DiagnosticID = "crosswalk.outdated"
    public static let unknownWalkthroughFlow: DiagnosticID = "crosswalk.walkthrough.unknown-flow"
}
