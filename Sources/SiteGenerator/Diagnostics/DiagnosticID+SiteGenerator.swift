import Articles

/// Every diagnostic the site generator reports, in one place: what `build` and `serve` can say
/// beyond reading and checking the content. (The What If page's budget warning is
/// ``WhatIfPage/overBudget``.)
extension DiagnosticID {
    public static let highlight: DiagnosticID = "crosswalk.highlight.failed"
    public static let template: DiagnosticID = "crosswalk.template.invalid"
    public static let output: DiagnosticID = "crosswalk.output.failed"
    public static let search: DiagnosticID = "crosswalk.search.failed"
    public static let searchUnavailable: DiagnosticID = "crosswalk.search.unavailable"
    public static let tocInvalid: DiagnosticID = "crosswalk.toc.invalid"
    public static let tocMissingArticle: DiagnosticID = "crosswalk.toc.missing-article"
    public static let zonePivots: DiagnosticID = "crosswalk.zone-pivots.invalid"
    public static let configuration: DiagnosticID = "crosswalk.config.invalid"
    public static let configurationUnknownKey: DiagnosticID = "crosswalk.config.unknown-key"
    public static let walkthroughTooLarge: DiagnosticID = "crosswalk.walkthrough.too-large"
    public static let walkthroughEngine: DiagnosticID = "crosswalk.walkthrough.engine"
}
